import { defineModule } from '@cp/service-kit';
import { WarningEntity } from './warning.entity';
import { WarningResolver } from './warning.resolver';

/** Assessment warnings (考核预警) raised from a period's figures. */
export const warningModule = defineModule({
  name: 'warning',
  entities: [WarningEntity],
  resolvers: [WarningResolver],
});
