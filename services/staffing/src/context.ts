import type { BaseContext, RequestContext } from '@cp/service-kit';
import { createLoaders } from './loaders';
import { AccountAdminService } from './modules/account/account-admin.service';
import { AccountService, type TokenSettings } from './modules/account/account.service';
import { LoginThrottle } from './modules/account/login-throttle';
import { ApprovalService } from './modules/approval/approval.service';
import { DutyService } from './modules/duty/duty.service';
import { GroupService } from './modules/group/group.service';
import { PartnerOperationService } from './modules/partner/partner-operations';
import { PartnerService } from './modules/partner/partner.service';
import { PostService } from './modules/post/post.service';
import { PresenceService } from './modules/presence/presence.service';
import { RatioService } from './modules/ratio/ratio.service';
import { RosterService } from './modules/roster/roster.service';

export function scopeFactory(tokens: TokenSettings) {
  let throttle: LoginThrottle | undefined; // one per process: its counters live in the database
  return (base: BaseContext) => {
    const loaders = createLoaders(base);
    return {
      loaders,
      posts: new PostService(loaders),
      duty: new DutyService(base.em),
      accounts: new AccountService(base, tokens, (throttle ??= new LoginThrottle(base.em))),
      accountAdmin: new AccountAdminService(base),
      groups: new GroupService(base),
      rosters: new RosterService(base),
      approvals: new ApprovalService(base),
      presence: new PresenceService(base),
      ratios: new RatioService(base),
      partners: new PartnerService(base, tokens),
      partnerOperations: new PartnerOperationService(base),
      tokenTtlSeconds: tokens.ttlSeconds,
    };
  };
}

export type StaffingContext = RequestContext<ReturnType<ReturnType<typeof scopeFactory>>>;
