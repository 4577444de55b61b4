import { defineModule } from '@cp/service-kit';
import { FocusCategoryEntity, FocusPersonEntity } from './focus.entity';
import { FocusResolver } from './focus.resolver';

/** Focus persons and care recipients (重点人员、关爱对象) by category. */
export const focusModule = defineModule({
  name: 'focus',
  entities: [FocusCategoryEntity, FocusPersonEntity],
  resolvers: [FocusResolver],
});
