import { bind, defineModule } from '@cp/service-kit';
import { AccountAdminResolver } from './account-admin.resolver';
import { AccountChangeEntity } from './account-change.entity';
import { AccountEntity } from './account.entity';
import { AccountResolver } from './account.resolver';
import { tokenSettings, type TokenSettings } from './account.service';

/** Console accounts, their roles and log, and login; it issues the tokens, so it takes their settings. */
export const accountModule = (tokens: TokenSettings) =>
  defineModule({
    name: 'account',
    entities: [AccountEntity, AccountChangeEntity],
    resolvers: [AccountResolver, AccountAdminResolver],
    bindings: [bind(tokenSettings, () => tokens)],
  });
