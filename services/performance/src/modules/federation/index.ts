import { defineModule, keyOnlyReference } from '@cp/service-kit';
import { Community, Officer, Station } from './federation.type';

/** Other domains' entities this subgraph extends (population's places, staffing's officers). */
export const federationModule = defineModule({
  name: 'federation',
  // nothing of ours returns them, so they are listed
  orphanedTypes: [Community, Station, Officer],
  references: { Community: keyOnlyReference, Station: keyOnlyReference, Officer: keyOnlyReference },
});
