import { defineModule } from '@cp/service-kit';
import { PoliceGroupEntity, PoliceGroupMemberEntity } from './group.entity';
import { GroupResolver } from './group.resolver';

/** Police groups (警组) of a station and their members. */
export const groupModule = defineModule({
  name: 'group',
  entities: [PoliceGroupEntity, PoliceGroupMemberEntity],
  resolvers: [GroupResolver],
});
