import { UserError } from '@cp/service-kit';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Direction, IndicatorKind, IndicatorSource } from '../indicator/indicator.entity';
import { ScopeLevel } from '../indicator/override.entity';
import { DualTrack } from '../dual-track/dual-track.type';
import { Tier } from './scorecard.entity';

registerEnumType(ScopeLevel, {
  name: 'ScopeLevel',
  description: '考核对象层级',
  valuesConfig: { station: { description: '派出所' }, community: { description: '社区' }, officer: { description: '社区民警（A 岗）' } },
});
registerEnumType(Tier, { name: 'Tier', description: '考核等次', valuesConfig: { excellent: { description: '优秀' }, ordinary: { description: '一般' } } });

@ObjectType({ description: '记分卡的一项：指标、目标与权重，事实（分子、分母），达成度与得分' })
export class ScoreLine {
  @Field() code!: string;
  @Field() name!: string;
  @Field(() => IndicatorKind) kind!: IndicatorKind;
  @Field(() => IndicatorSource) source!: IndicatorSource;
  @Field(() => Direction) direction!: Direction;
  @Field() unit!: string;
  @Field(() => Float, { description: '适用于该对象的目标值（含本社区、本所的调整）' }) target!: number;
  @Field(() => Float, { description: '适用于该对象的权重' }) weight!: number;
  @Field(() => Float, { nullable: true, description: '分子（如已登记的流动人口）；计数类指标为计数' }) numerator!: number | null;
  @Field(() => Float, { nullable: true, description: '分母；计数类指标为空' }) denominator!: number | null;
  @Field(() => Float, { nullable: true, description: '实际值：比率（%）或计数' }) value!: number | null;
  @Field(() => Float, { nullable: true, description: '达成度 0 到 1' }) achievement!: number | null;
  @Field(() => Float, { nullable: true, description: '得分（满分为权重）' }) points!: number | null;
  @Field({ description: '是否适用（无分母、无调查时不计入，总分按适用指标的权重折算为百分制）' }) applicable!: boolean;
}

@ObjectType({ description: '记分卡：某考核期某派出所或社区的百分制得分与每一分的来源' })
export class Scorecard {
  @Field({ description: '考核期，如 2026-Q1' }) period!: string;
  @Field(() => ScopeLevel) level!: ScopeLevel;
  @Field() scopeId!: string;
  @Field() name!: string;
  @Field() stationId!: string;
  @Field(() => Float, { nullable: true, description: '百分制总分' }) total!: number | null;
  @Field(() => Int, { nullable: true, description: '同层级排名（并列同名次）' }) rank!: number | null;
  @Field(() => Int, { nullable: true, description: '参与排名的数量' }) rankedOf!: number | null;
  @Field(() => Tier, { nullable: true }) tier!: Tier | null;
  @Field({ description: '是否已发布（已发布的为快照，之后的数据变化不会改写）' }) published!: boolean;
  @Field(() => String, { nullable: true }) publishedAt!: string | null;
  @Field(() => [ScoreLine]) lines!: ScoreLine[];
  @Field(() => DualTrack, { nullable: true, description: '社区民警的双轨考核：有短线评分时总分 = 长线 × 50% + 短线 × 50%' }) dualTrack!: DualTrack | null;
}

@ObjectType()
export class PublishPayload {
  @Field(() => Int, { description: '发布的记分卡数' }) published!: number;
  @Field(() => Int, { description: '发出的考核预警数（亮牌警告、约谈提醒、重点督办）' }) warnings!: number;
  @Field(() => [UserError]) errors!: UserError[];
}
