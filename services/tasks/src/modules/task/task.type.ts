import { UserError } from '@cp/service-kit';
import { IsOptional, IsUUID, Length } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TaskWay } from '../template/template.entity';
import { TaskStatus, TaskSubject } from './task.entity';
import { StandingTask } from '../standing/standing.type';

registerEnumType(TaskStatus, { name: 'TaskStatus', description: '任务状态', valuesConfig: { open: { description: '待办' }, done: { description: '已完成' } } });
registerEnumType(TaskSubject, {
  name: 'TaskSubject',
  description: '任务对象',
  valuesConfig: { resident: { description: '人员' }, unit: { description: '单位' } },
});

@ObjectType({ description: '下达给民警的任务（指令或推送）' })
export class Task {
  @Field(() => ID) id!: string;
  @Field() templateCode!: string;
  @Field(() => TaskWay) way!: TaskWay;
  @Field() title!: string;
  @Field(() => String, { nullable: true }) detail!: string | null;
  @Field({ description: '下达人（所长、队长或职能部门经办人）' }) issuerName!: string;
  @Field(() => String, { nullable: true, description: '推送的职能部门代码' }) departmentCode!: string | null;
  @Field(() => ID) officerId!: string;
  @Field(() => TaskSubject, { nullable: true }) subjectType!: TaskSubject | null;
  @Field(() => ID, { nullable: true }) subjectId!: string | null;
  @Field() issuedAt!: string;
  @Field() dueAt!: string;
  @Field(() => TaskStatus) status!: TaskStatus;
  @Field({ description: '已过期限仍未完成' }) overdue!: boolean;
  @Field(() => String, { nullable: true }) doneAt!: string | null;
  @Field(() => ID, { nullable: true, description: '完成依据的记录（走访、检查记录 id）' }) recordId!: string | null;
  @Field(() => String, { nullable: true, description: '书面反馈' }) report!: string | null;
  @Field(() => Int) version!: number;
}

@ObjectType({ description: '民警的任务收件箱：规定任务、指令任务与推送任务合在一处' })
export class TaskInbox {
  @Field(() => Int, { description: '待办（三类合计）' }) open!: number;
  @Field(() => Int, { description: '今日到期（三类合计）' }) dueToday!: number;
  @Field(() => Int, { description: '已逾期（三类合计）' }) overdue!: number;
  @Field(() => Int, { description: '近 30 天完成的指令、推送任务' }) done!: number;
  @Field(() => [Task], { description: '指令与推送任务：待办（最早到期在前）与近 30 天完成，最多 200 条' }) tasks!: Task[];
  @Field(() => [StandingTask], {
    nullable: true,
    description: '今日到期与逾期的规定任务（走访、检查、复核、核查、纠纷进展、移交催办），最早到期在前；人口或纠纷服务暂不可用时为空，计数不含规定任务',
  })
  standing!: StandingTask[] | null;
}

@InputType({ description: '一项任务：按哪个标准件、派给谁（警员或社区）、关于谁、何时完成（指令与推送相同）' })
export class TaskInput {
  @Field() templateCode!: string;
  @Field(() => ID, { nullable: true, description: '派给哪位警员；或给 communityId' })
  @IsOptional()
  @IsUUID('all', { message: '警员编号格式不正确' })
  officerId?: string | null;
  @Field(() => ID, { nullable: true, description: '派给哪个社区：由该社区 A 岗民警承办（合作平台推送时必用此项）' })
  @IsOptional()
  @IsUUID('all', { message: '社区编号格式不正确' })
  communityId?: string | null;
  @Field() @Length(2, 100, { message: '任务标题 2–100 字' }) title!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Length(0, 2000, { message: '任务说明最多 2000 字' }) detail?: string | null;
  @Field(() => TaskSubject, { nullable: true }) @IsOptional() subjectType?: TaskSubject | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: '对象编号格式不正确' }) subjectId?: string | null;
  @Field(() => String, { nullable: true, description: '完成期限（ISO 8601）；为空：按标准件的期限' }) @IsOptional() dueAt?: string | null;
}

@InputType({ description: '完成任务：以标准件要求的记录为准' })
export class CompleteTaskInput {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => String, { nullable: true, description: '书面反馈（标准件要求书面反馈时必填，至少 10 字）' })
  @IsOptional()
  @Length(0, 2000, { message: '书面反馈最多 2000 字' })
  report?: string | null;
}

@ObjectType()
export class TaskPayload {
  @Field(() => Task, { nullable: true }) task!: Task | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@ObjectType({ description: '任务台账：期内下达、推送的任务及完成情况（最多 5000 条，下达先后），超出时 truncated 为真' })
export class TaskLedger {
  @Field(() => [Task]) records!: Task[];
  @Field({ description: '超出 5000 条：请缩短期间或按民警查询' }) truncated!: boolean;
}
