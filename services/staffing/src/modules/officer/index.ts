import { defineModule, referenceVia } from '@cp/service-kit';
import { OfficerEntity } from './officer.entity';
import { officerById } from './officer.loaders';
import { toOfficer } from './officer.mapper';
import { CommunityStaffingResolver, OfficerResolver, StationStaffingResolver } from './officer.resolver';
import { PostHistoryEntity } from './post-history.entity';

/** Officers, their posts' history, and who answers for a community (its posts and the duty officer). */
export const officerModule = defineModule({
  name: 'officer',
  entities: [OfficerEntity, PostHistoryEntity],
  resolvers: [OfficerResolver, CommunityStaffingResolver, StationStaffingResolver],
  references: { Officer: referenceVia(officerById, toOfficer) },
});
