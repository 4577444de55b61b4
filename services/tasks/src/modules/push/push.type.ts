import { Directive, Field, Int, ObjectType } from 'type-graphql';

/** Why the gate refused a push, in the words the district reads (the codes are the refusals' own). */
export const REFUSAL_LABELS: Record<string, string> = {
  TASK_NOT_ADMITTED: '未经准入',
  TASK_PROHIBITED: '四不准（办案、抓捕指标）',
  TASK_ASSIGNEE_NOT_ALLOWED: '岗位不符',
  TASK_SUBJECT_REQUIRED: '未指定对象',
  TASK_TEMPLATE_NOT_FOUND: '无此标准件',
  TASK_WAY_NOT_ALLOWED: '该标准件不接受推送',
};

@ObjectType({ description: '某类拒绝的次数' })
export class RefusalCount {
  @Field() code!: string;
  @Field({ description: '拒绝原因（中文）' }) label!: string;
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

/** Performance's functional department (职能部门), by its code. */
@ObjectType()
@Directive('@key(fields: "code")')
export class Department {
  @Field() code!: string;
}
