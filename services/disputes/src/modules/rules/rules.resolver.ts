import { updateWithVersion, validateInput, type RequestContext } from '@cp/service-kit';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { currentRules } from './current-rules';
import { DisputeRules, DisputeRulesInput, DisputeRulesPayload } from './rules.type';

const toRules = ({ repeatWindowDays, progressIntervalDays, transferDueDays, highRiskScore, version }: DisputeRules): DisputeRules => ({
  repeatWindowDays,
  progressIntervalDays,
  transferDueDays,
  highRiskScore,
  version,
});

@Resolver(() => DisputeRules)
export class DisputeRulesResolver {
  @Authorized()
  @Query(() => DisputeRules, { description: '纠纷规则设置' })
  async disputeRules(@Ctx() ctx: RequestContext) {
    return toRules(await currentRules(ctx.em));
  }

  @Authorized('district_admin')
  @Mutation(() => DisputeRulesPayload, { description: '修改纠纷规则设置（分局管理员）' })
  async updateDisputeRules(@Arg('input', () => DisputeRulesInput) input: DisputeRulesInput, @Ctx() ctx: RequestContext): Promise<DisputeRulesPayload> {
    const errors = await validateInput(input);
    if (errors.length) return { rules: null, errors };
    const { version, ...values } = input;
    const result = await updateWithVersion(ctx.em, await currentRules(ctx.em), version, (_tx, rules) => Object.assign(rules, values));
    return result.ok ? { rules: toRules(result.value), errors: [] } : { rules: null, errors: [result.error] };
  }
}
