import { UserError } from '@cp/service-kit';
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Direction, IndicatorKind, IndicatorSource } from './indicator.entity';

registerEnumType(IndicatorKind, {
  name: 'IndicatorKind',
  description: '指标性质',
  valuesConfig: { outcome: { description: '结果性' }, process: { description: '过程性' } },
});
registerEnumType(IndicatorSource, {
  name: 'IndicatorSource',
  description: '数据来源',
  valuesConfig: {
    computed: { description: '系统计算：由各系统数据自动计算' },
    survey: { description: '群众调查' },
    manual: { description: '人工录入（附佐证）' },
  },
});
registerEnumType(Direction, {
  name: 'IndicatorDirection',
  description: '方向',
  valuesConfig: { higher_better: { description: '越高越好' }, lower_better: { description: '越低越好' } },
});

@ObjectType({ description: '考核指标' })
@Directive('@key(fields: "id")')
export class Indicator {
  @Field(() => ID) id!: string;
  @Field({ description: '指标代码' }) code!: string;
  @Field() name!: string;
  @Field(() => IndicatorKind) kind!: IndicatorKind;
  @Field(() => IndicatorSource) source!: IndicatorSource;
  @Field(() => Direction) direction!: Direction;
  @Field(() => Float, { description: '目标值' }) target!: number;
  @Field({ description: '单位' }) unit!: string;
  @Field(() => Float, { description: '权重（百分制分值）' }) weight!: number;
  @Field({ description: '计算口径' }) formula!: string;
  @Field() active!: boolean;
  @Field(() => Int) version!: number;
}

@ObjectType()
export class IndicatorPayload {
  @Field(() => Indicator, { nullable: true }) indicator!: Indicator | null;
  @Field(() => [UserError]) errors!: UserError[];
}
