import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { PerformanceContext } from '../../context';
import { DutyRating, DutyRatingPayload, RateDutyWorkInput } from './dual-track.type';

@Resolver(() => DutyRating)
export class DualTrackResolver {
  @Authorized('station_head')
  @Mutation(() => DutyRatingPayload, { description: '短线评分：本所值班组民警本期值班工作 0–100 分，与长线各占 50%（发布前可修改）' })
  rateDutyWork(@Arg('input', () => RateDutyWorkInput) input: RateDutyWorkInput, @Ctx() ctx: PerformanceContext) {
    return ctx.dualTrack.rate(input);
  }
}
