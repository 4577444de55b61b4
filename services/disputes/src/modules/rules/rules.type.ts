import { Max, Min } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '@cp/service-kit';

@ObjectType({ description: '纠纷规则设置（全分局）' })
export class DisputeRules {
  @Field(() => Int, { description: '重复报警窗口（天）' }) repeatWindowDays!: number;
  @Field(() => Int, { description: '进展汇报间隔（天）' }) progressIntervalDays!: number;
  @Field(() => Int, { description: '移交默认反馈期限（天）' }) transferDueDays!: number;
  @Field(() => Int, { description: '高风险评分线' }) highRiskScore!: number;
  @Field(() => Int) version!: number;
}

@InputType()
export class DisputeRulesInput {
  @Field(() => Int) version!: number;
  @Field(() => Int)
  @Min(1, { message: '重复报警窗口至少 1 天', context: { code: 'RULE_RANGE' } })
  @Max(730, { message: '重复报警窗口不超过 730 天', context: { code: 'RULE_RANGE' } })
  repeatWindowDays!: number;
  @Field(() => Int)
  @Min(1, { message: '进展汇报间隔至少 1 天', context: { code: 'RULE_RANGE' } })
  @Max(60, { message: '进展汇报间隔不超过 60 天', context: { code: 'RULE_RANGE' } })
  progressIntervalDays!: number;
  @Field(() => Int)
  @Min(1, { message: '移交反馈期限至少 1 天', context: { code: 'RULE_RANGE' } })
  @Max(90, { message: '移交反馈期限不超过 90 天', context: { code: 'RULE_RANGE' } })
  transferDueDays!: number;
  @Field(() => Int)
  @Min(10, { message: '高风险评分线应在 10 到 100 之间', context: { code: 'RULE_RANGE' } })
  @Max(100, { message: '高风险评分线应在 10 到 100 之间', context: { code: 'RULE_RANGE' } })
  highRiskScore!: number;
}

@ObjectType()
export class DisputeRulesPayload {
  @Field(() => DisputeRules, { nullable: true }) rules!: DisputeRules | null;
  @Field(() => [UserError]) errors!: UserError[];
}
