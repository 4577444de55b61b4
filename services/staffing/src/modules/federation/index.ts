import { defineModule, keyOnlyReference } from '@cp/service-kit';
import { Community, Station } from './federation.type';

/** Population's places, extended here with their officers and posts. */
export const federationModule = defineModule({
  name: 'federation',
  orphanedTypes: [Community, Station],
  references: { Community: keyOnlyReference, Station: keyOnlyReference },
});
