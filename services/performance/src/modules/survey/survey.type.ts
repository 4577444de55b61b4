import { IsInt, IsOptional, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { UserError } from '@cp/service-kit';

@ObjectType({ description: '一轮群众安全感满意度调查的结果' })
export class SurveyRound {
  @Field(() => ID) id!: string;
  @Field(() => ID) communityId!: string;
  @Field() surveyedOn!: string;
  @Field(() => Int) satisfied!: number;
  @Field(() => Int) basicallySatisfied!: number;
  @Field(() => Int) unsatisfied!: number;
  @Field(() => Float, { description: '满意率 =（满意 + 基本满意）/ 有效答卷' }) rate!: number;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field() recordedBy!: string;
  @Field(() => ID, { nullable: true, description: '本轮更正的是哪一轮（原轮次保留，不再计入）' }) correctsId!: string | null;
  @Field(() => ID, { nullable: true, description: '已被哪一轮更正（有则本轮不再计入满意率）' }) correctedById!: string | null;
  @Field(() => String, { nullable: true, description: '与本社区前几轮相比异常时的提示（请核实，不拒收）' }) outlier!: string | null;
}

@ObjectType()
export class SurveyRoundPayload {
  @Field(() => SurveyRound, { nullable: true }) round!: SurveyRound | null;
  @Field(() => [UserError]) errors!: UserError[];
}

/** More answers of one kind than a large community has households is a typing error, not a round. */
export const SURVEY_MAX_RESPONDENTS = 20_000;

/** A count of answers: a whole number from 0 to SURVEY_MAX_RESPONDENTS. */
function SurveyCount(): PropertyDecorator {
  const rules = [
    IsInt(),
    Min(0, { message: '人数不能为负', context: { code: 'SURVEY_COUNT' } }),
    Max(SURVEY_MAX_RESPONDENTS, { message: `一轮调查每项人数最多 ${SURVEY_MAX_RESPONDENTS}`, context: { code: 'SURVEY_COUNT' } }),
  ];
  return (target, key) => rules.forEach((rule) => rule(target, key));
}

@InputType({ description: '录入一轮满意度调查（有效答卷的计数）' })
export class RecordSurveyRoundInput {
  @Field(() => ID) @IsUUID('all', { message: '请选择社区', context: { code: 'COMMUNITY_NOT_FOUND' } }) communityId!: string;
  @Field({ description: '调查日期 YYYY-MM-DD' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '调查日期应为 YYYY-MM-DD', context: { code: 'SURVEY_DATE' } })
  surveyedOn!: string;
  @Field(() => Int) @SurveyCount() satisfied!: number;
  @Field(() => Int) @SurveyCount() basicallySatisfied!: number;
  @Field(() => Int) @SurveyCount() unsatisfied!: number;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 500, { message: '备注最多 500 字', context: { code: 'SURVEY_NOTE' } }) note?: string | null;
}

@InputType({ description: '更正一轮满意度调查：录入正确的计数和理由，原记录保留' })
export class CorrectSurveyRoundInput {
  @Field(() => ID) @IsUUID('all', { message: '请选择要更正的调查', context: { code: 'SURVEY_NOT_FOUND' } }) roundId!: string;
  @Field(() => Int) @SurveyCount() satisfied!: number;
  @Field(() => Int) @SurveyCount() basicallySatisfied!: number;
  @Field(() => Int) @SurveyCount() unsatisfied!: number;
  @Field({ description: '更正理由' })
  @Length(2, 500, { message: '请写明更正理由（2–500 字）', context: { code: 'SURVEY_REASON' } })
  reason!: string;
}
