import { DEV_SECRETS } from '@cp/auth';
import type { SubgraphDefinition } from '@cp/service-kit';
import { scopeFactory } from './context';
import { migrations } from './migrations';
import { AccountEntity } from './modules/account/account.entity';
import { AccountChangeEntity } from './modules/account/account-change.entity';
import { AccountAdminResolver } from './modules/account/account-admin.resolver';
import { AccountResolver } from './modules/account/account.resolver';
import type { TokenSettings } from './modules/account/account.service';
import { OfficerEntity } from './modules/officer/officer.entity';
import { CommunityStaffingResolver, OfficerResolver, StationStaffingResolver } from './modules/officer/officer.resolver';
import { Community, Station } from './modules/federation/federation.type';
import { PostEntity } from './modules/post/post.entity';
import { PartnerClientEntity, PartnerOperationEntity } from './modules/partner/partner.entity';
import { IssuedSessionEntity, RevokedSessionEntity } from './modules/session/session.entity';
import { sessionCleanupJob } from './modules/session/session-cleanup';
import { SessionResolver } from './modules/session/session.resolver';
import { PartnerResolver } from './modules/partner/partner.resolver';
import { ApprovalEntity, ApprovalEventEntity, DutyAssignmentEntity } from './modules/approval/approval.entity';
import { ApprovalResolver } from './modules/approval/approval.resolver';
import { PoliceGroupEntity, PoliceGroupMemberEntity } from './modules/group/group.entity';
import { GroupResolver } from './modules/group/group.resolver';
import { PostHistoryEntity } from './modules/officer/post-history.entity';
import { PresenceEntity, StaffingRulesEntity } from './modules/presence/presence.entity';
import { PresenceResolver } from './modules/presence/presence.resolver';
import { RatioResolver } from './modules/ratio/ratio.resolver';
import { RosterShiftEntity, ShiftPatternEntity } from './modules/roster/roster.entity';
import { RosterResolver } from './modules/roster/roster.resolver';
import { references } from './references';
import { seedDemoStaffing } from './seed';

/** The staffing subgraph; it also issues login tokens, so it takes the token settings. */
export function createStaffingSubgraph(tokens: TokenSettings = { secret: DEV_SECRETS.userToken, ttlSeconds: 8 * 3600 }): SubgraphDefinition {
  return {
    name: 'staffing',
    entities: [
      OfficerEntity,
      PostEntity,
      PostHistoryEntity,
      AccountEntity,
      AccountChangeEntity,
      PoliceGroupEntity,
      PoliceGroupMemberEntity,
      ShiftPatternEntity,
      RosterShiftEntity,
      ApprovalEntity,
      ApprovalEventEntity,
      DutyAssignmentEntity,
      PresenceEntity,
      StaffingRulesEntity,
      PartnerClientEntity,
      PartnerOperationEntity,
      RevokedSessionEntity,
      IssuedSessionEntity,
    ],
    resolvers: [
      OfficerResolver,
      CommunityStaffingResolver,
      StationStaffingResolver,
      AccountResolver,
      AccountAdminResolver,
      GroupResolver,
      RosterResolver,
      ApprovalResolver,
      PresenceResolver,
      RatioResolver,
      PartnerResolver,
      SessionResolver,
    ],
    orphanedTypes: [Community, Station],
    references,
    migrations,
    jobs: [sessionCleanupJob],
    createScope: scopeFactory(tokens) as SubgraphDefinition['createScope'],
    seed: seedDemoStaffing,
  };
}
