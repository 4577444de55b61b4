import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { PerformanceContext } from '../../context';
import { Community } from '../federation/federation.type';
import { ManualValue, ManualValuePayload, RecordManualValueInput } from './manual.type';

@Resolver(() => ManualValue)
export class ManualValueResolver {
  @Authorized('district_admin', 'station_head')
  @Mutation(() => ManualValuePayload, { description: '录入人工指标的值与佐证（仅限来源为人工录入的指标；发布前可修改）' })
  recordManualValue(@Arg('input', () => RecordManualValueInput) input: RecordManualValueInput, @Ctx() ctx: PerformanceContext) {
    return ctx.manualValues.record(input);
  }
}

@Resolver(() => Community)
export class CommunityManualValuesResolver {
  @Authorized()
  @FieldResolver(() => [ManualValue], { description: '人工录入指标的值与佐证（新的考核期在前）' })
  manualValues(@Root() c: Community, @Ctx() ctx: PerformanceContext, @Arg('period', () => String, { nullable: true }) period?: string | null) {
    return ctx.manualValues.ofCommunity(c.id, period);
  }
}
