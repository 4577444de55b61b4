import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Community } from '../federation/federation.type';
import { ManualValue, ManualValuePayload, RecordManualValueInput } from './manual.type';
import { ManualValueService } from './manual.service';
import { type RequestContext } from '@cp/service-kit';

@Resolver(() => ManualValue)
export class ManualValueResolver {
  @Authorized('district_admin', 'station_head')
  @Mutation(() => ManualValuePayload, { description: '录入人工指标的值与佐证（仅限来源为人工录入的指标；发布前可修改）' })
  recordManualValue(@Arg('input', () => RecordManualValueInput) input: RecordManualValueInput, @Ctx() ctx: RequestContext) {
    return ctx.use(ManualValueService).record(input);
  }
}

@Resolver(() => Community)
export class CommunityManualValuesResolver {
  @Authorized()
  @FieldResolver(() => [ManualValue], { description: '人工录入指标的值与佐证（新的考核期在前）' })
  manualValues(@Root() c: Community, @Ctx() ctx: RequestContext, @Arg('period', () => String, { nullable: true }) period?: string | null) {
    return ctx.use(ManualValueService).ofCommunity(c.id, period);
  }
}
