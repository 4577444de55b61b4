import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { DutyRating, DutyRatingPayload, RateDutyWorkInput } from './dual-track.type';
import { DualTrackService } from './dual-track.service';
import { type RequestContext } from '@cp/service-kit';

@Resolver(() => DutyRating)
export class DualTrackResolver {
  @Authorized('station_head')
  @Mutation(() => DutyRatingPayload, { description: '短线评分：本所值班组民警本期值班工作 0–100 分，与长线各占 50%（发布前可修改）' })
  rateDutyWork(@Arg('input', () => RateDutyWorkInput) input: RateDutyWorkInput, @Ctx() ctx: RequestContext) {
    return ctx.use(DualTrackService).rate(input);
  }
}
