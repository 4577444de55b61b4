import { defineModule } from '@cp/service-kit';
import { DualTrackResolver } from './dual-track.resolver';
import { DutyRatingEntity } from './duty-rating.entity';

/** Dual-track assessment (双轨考核): the duty work an officer's community does not show. */
export const dualTrackModule = defineModule({
  name: 'dual-track',
  entities: [DutyRatingEntity],
  resolvers: [DualTrackResolver],
});
