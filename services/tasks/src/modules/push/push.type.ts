import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '某类拒绝的次数' })
export class RefusalCount {
  @Field() code!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: '职能部门期内向社区民警推送任务的次数（逆考评参考）' })
export class DepartmentPushCount {
  @Field() departmentCode!: string;
  @Field(() => Int, { description: '推送总次数' }) pushed!: number;
  @Field(() => Int, { description: '经准入送达' }) admitted!: number;
  @Field(() => Int, { description: '被拒绝' }) refused!: number;
  @Field(() => [RefusalCount], { description: '拒绝原因' }) refusals!: RefusalCount[];
}
