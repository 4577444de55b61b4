import { defineModule } from '@cp/service-kit';
import { LocatedRegistrationEntity } from './located.entity';
import { LocatedResolver } from './located.resolver';

/** Where field records were made: the records officers made standing inside their communities, for time in the community. */
export const locatedModule = defineModule({
  name: 'located',
  entities: [LocatedRegistrationEntity],
  resolvers: [LocatedResolver],
});
