import type { RequestContext } from '@cp/service-kit';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { RulesService, staffingRules, toStaffingRules } from './rules.service';
import { StaffingRules, StaffingRulesPayload, UpdateStaffingRulesInput } from './rules.type';

@Resolver()
export class RulesResolver {
  @Authorized()
  @Query(() => StaffingRules, { description: '分局警力与勤务设置（在社区时间占比目标等）' })
  async staffingRules(@Ctx() ctx: RequestContext): Promise<StaffingRules> {
    return toStaffingRules(await staffingRules(ctx.em));
  }

  @Authorized('district_admin')
  @Mutation(() => StaffingRulesPayload, { description: '修改分局警力与勤务设置（分局管理员）；并发修改会被拒绝（STALE_VERSION）' })
  updateStaffingRules(@Arg('input', () => UpdateStaffingRulesInput) input: UpdateStaffingRulesInput, @Ctx() ctx: RequestContext) {
    return ctx.use(RulesService).update(input);
  }
}
