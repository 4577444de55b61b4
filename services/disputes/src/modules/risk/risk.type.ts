import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Community, Grid } from '../federation/federation.type';

export enum RiskBandKind {
  low = 'low',
  medium = 'medium',
  high = 'high',
}
registerEnumType(RiskBandKind, {
  name: 'RiskBand',
  description: '风险档位',
  valuesConfig: { low: { description: '低（蓝）' }, medium: { description: '中（黄）' }, high: { description: '高（红）' } },
});

@ObjectType({ description: '评分依据' })
export class RiskReasonItem {
  @Field({ description: '规则代码' }) code!: string;
  @Field() label!: string;
  @Field(() => Int) points!: number;
}

@ObjectType({ description: '民转刑风险评分：规则透明，每一分都有依据' })
export class RiskAssessmentType {
  @Field(() => Int, { description: '0–100' }) score!: number;
  @Field(() => RiskBandKind) band!: RiskBandKind;
  @Field(() => [RiskReasonItem]) reasons!: RiskReasonItem[];
}

@ObjectType({ description: '一个警格或社区的在办纠纷风险' })
export class AreaRisk {
  @Field(() => Int, { description: '在办纠纷数' }) openDisputes!: number;
  @Field(() => Int, { description: '其中高风险' }) highRisk!: number;
  @Field(() => Int, { description: '风险评分合计' }) totalScore!: number;
  @Field(() => Int, { description: '最高单起评分' }) maxScore!: number;
  @Field(() => Float, { description: '平均评分' }) averageScore!: number;
  @Field(() => RiskBandKind, { description: '按最高单起评分定档' }) band!: RiskBandKind;
}

@ObjectType({ description: '警格风险' })
export class GridRisk extends AreaRisk {
  @Field(() => Grid) grid!: Grid;
  @Field(() => Community) community!: Community;
}

@ObjectType({ description: '社区风险' })
export class CommunityRisk extends AreaRisk {
  @Field(() => Community) community!: Community;
}

@ObjectType({ description: '矛盾风险地图：在办纠纷按警格、社区汇总；警格边界由 Grid.boundary 给出' })
export class RiskMap {
  @Field(() => [GridRisk]) grids!: GridRisk[];
  @Field(() => [CommunityRisk]) communities!: CommunityRisk[];
  @Field({ description: '计算时间' }) computedAt!: string;
}
