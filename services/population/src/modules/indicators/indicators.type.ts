import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '比率：分子、分母与比值（分母为 0 时比值为空）' })
export class Ratio {
  @Field(() => Int) numerator!: number;
  @Field(() => Int) denominator!: number;
  @Field(() => Float, { nullable: true, description: '0 到 1' }) rate!: number | null;
}

@ObjectType({ description: '一标三实考核事实：期末是否按期、期内工作量 [from, to)' })
export class PopulationFacts {
  @Field(() => Ratio, { description: '特定对象按期走访率（期末未逾期的列管人数 / 列管人数）' }) specialVisitsOnSchedule!: Ratio;
  @Field(() => Ratio, { description: '关爱对象按期走访率' }) careVisitsOnSchedule!: Ratio;
  @Field(() => Ratio, { description: '单位按期检查率' }) unitInspectionsOnSchedule!: Ratio;
  @Field(() => Ratio, { description: '重点单位按期检查率' }) keyUnitInspectionsOnSchedule!: Ratio;
  @Field(() => Ratio, { description: '数据鲜活率（期末在核查周期内的人员记录 / 人员记录）' }) freshRecords!: Ratio;
  @Field(() => Ratio, { description: '流动人口居住登记率（期末已办理居住登记的流动人口 / 流动人口）' }) floatingRegistration!: Ratio;
  @Field(() => Ratio, { description: '出租房屋登记备案率（期末已备案的出租房屋 / 出租房屋）' }) rentalRegistration!: Ratio;
  @Field(() => Ratio, { description: '出租房屋租户登记率（有登记住户的出租房屋 / 出租房屋）' }) rentalsWithTenants!: Ratio;
  @Field(() => Int, { description: '期内走访、核查、检查次数' }) visits!: number;
}
