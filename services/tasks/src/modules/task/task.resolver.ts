import { PARTNERS_TOO, parsePeriod, type RequestContext } from '@cp/service-kit';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { TaskService } from './task.service';
import { CompleteTaskInput, Task, TaskInbox, TaskInput, TaskLedger, TaskPayload } from './task.type';

@Resolver(() => Task)
export class TaskResolver {
  @Authorized('community_officer', 'station_head')
  @Query(() => TaskInbox, { description: '本人的任务收件箱：待办、今日到期、逾期与近期完成' })
  taskInbox(@Ctx() ctx: RequestContext) {
    return ctx.use(TaskService).inbox();
  }

  @Authorized('district_admin', 'station_head', 'community_officer')
  @Query(() => TaskLedger, { description: '任务台账 [from, to)：分局全部，所长本所，民警本人；可按派出所、民警筛选' })
  taskLedger(
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Ctx() ctx: RequestContext,
    @Arg('stationId', () => ID, { nullable: true }) stationId?: string,
    @Arg('officerId', () => ID, { nullable: true }) officerId?: string,
  ) {
    const [f, t] = parsePeriod(from, to);
    return ctx.use(TaskService).ledger(f, t, { stationId, officerId });
  }

  @Authorized('station_head', 'district_admin', 'community_officer')
  @Mutation(() => TaskPayload, { description: '下达指令任务（本所所长、社区警务队长；分局）' })
  issueTask(@Arg('input', () => TaskInput) input: TaskInput, @Ctx() ctx: RequestContext) {
    return ctx.use(TaskService).issue(input);
  }

  /** The district enters a department's push on its behalf; a department's own system (a partner client with `tasks:push`) pushes as that department. */
  @Authorized('district_admin', PARTNERS_TOO)
  @Mutation(() => TaskPayload, { description: '职能部门推送任务：须经分局准入，办案抓捕指标不得派给专职社区民警；每次推送均计数' })
  pushTask(
    @Arg('departmentCode', () => String, { description: '职能部门代码' }) departmentCode: string,
    @Arg('input', () => TaskInput) input: TaskInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.use(TaskService).push(departmentCode, input);
  }

  @Authorized('community_officer', 'station_head')
  @Mutation(() => TaskPayload, { description: '完成任务：须已有标准件要求的记录（走访、检查）或书面反馈' })
  completeTask(@Arg('input', () => CompleteTaskInput) input: CompleteTaskInput, @Ctx() ctx: RequestContext) {
    return ctx.use(TaskService).complete(input);
  }
}
