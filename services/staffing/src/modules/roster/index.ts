import { defineModule } from '@cp/service-kit';
import { RosterShiftEntity, ShiftPatternEntity } from './roster.entity';
import { RosterResolver } from './roster.resolver';

/** Shift patterns and the rosters generated from them (勤务排班). */
export const rosterModule = defineModule({
  name: 'roster',
  entities: [ShiftPatternEntity, RosterShiftEntity],
  resolvers: [RosterResolver],
});
