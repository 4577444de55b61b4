import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '考核用的纠纷事实：期内登记的纠纷及其到期末的化解；期内任一时刻逾期的纠纷（不论何时登记）' })
export class DisputeFacts {
  @Field({ description: '期间起（含）' }) from!: string;
  @Field({ description: '期间止（不含）' }) to!: string;
  @Field(() => Int, { description: '期内登记' }) reported!: number;
  @Field(() => Int, { description: '其中期末前已化解' }) resolved!: number;
  @Field(() => Float, { nullable: true, description: '化解率 = 已化解 / 期内登记；无登记时为空' }) resolvedRate!: number | null;
  @Field(() => Int, { description: '其中重复报警' }) repeats!: number;
  @Field(() => Float, { nullable: true, description: '重复报警率 = 重复 / 期内登记' }) repeatRate!: number | null;
  @Field(() => Int, { description: '期内曾逾期的纠纷（进展或移交反馈，每起一次，不论何时登记）' }) overdue!: number;
  @Field(() => Int, { description: '期内曾每周进展逾期的纠纷（不论何时登记）' }) overdueProgress!: number;
  @Field(() => Int, { description: '期内曾移交逾期未反馈的纠纷（不论何时登记）' }) overdueTransfers!: number;
}
