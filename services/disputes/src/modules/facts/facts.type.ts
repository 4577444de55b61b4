import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '考核用的纠纷事实：期内登记的纠纷（按登记时间）及其当前状况' })
export class DisputeFacts {
  @Field({ description: '期间起（含）' }) from!: string;
  @Field({ description: '期间止（不含）' }) to!: string;
  @Field(() => Int, { description: '期内登记' }) reported!: number;
  @Field(() => Int, { description: '其中已化解' }) resolved!: number;
  @Field(() => Float, { nullable: true, description: '化解率 = 已化解 / 期内登记；无登记时为空' }) resolvedRate!: number | null;
  @Field(() => Int, { description: '其中重复报警' }) repeats!: number;
  @Field(() => Float, { nullable: true, description: '重复报警率 = 重复 / 期内登记' }) repeatRate!: number | null;
  @Field(() => Int, { description: '其中每周进展当前逾期' }) overdueProgress!: number;
  @Field(() => Int, { description: '其中移交当前逾期未反馈' }) overdueTransfers!: number;
}
