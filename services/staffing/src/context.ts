import type { BaseContext, RequestContext } from '@cp/service-kit';
import { createLoaders } from './loaders';
import { AccountService, type TokenSettings } from './modules/account/account.service';
import { DutyService } from './modules/post/duty.service';

export function scopeFactory(tokens: TokenSettings) {
  return (base: BaseContext) => {
    const loaders = createLoaders(base);
    return { loaders, duty: new DutyService(loaders), accounts: new AccountService(base, tokens) };
  };
}

export type StaffingContext = RequestContext<ReturnType<ReturnType<typeof scopeFactory>>>;
