import { defineModule, keyOnlyReference } from '@cp/service-kit';
import { Community, Grid, Officer, Resident } from './federation.type';

/** Other domains' entities this subgraph extends (population's residents and places, staffing's officers). */
export const federationModule = defineModule({
  name: 'federation',
  orphanedTypes: [Resident, Community, Grid, Officer],
  references: { Resident: keyOnlyReference, Community: keyOnlyReference },
});
