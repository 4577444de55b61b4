import { beijingToday } from '@cp/calendar';
import { errors, managesStation, parsePeriodCode, previousPeriod, weekOf, type RequestContext } from '@cp/service-kit';
import { Arg, Authorized, Ctx, ID, Query, Resolver, Root, Subscription } from 'type-graphql';
import { TaskEntity } from '../task/task.entity';
import { toTask } from '../task/task.service';
import { DailyListEntity } from './daily.entity';
import { DailyList, TASK_EVENTS, TaskEvent, WeeklySummary, type TaskEventMessage } from './daily.type';
import { WeeklySummaryEntity } from './weekly.entity';

export const toDailyList = (d: DailyListEntity): DailyList => ({
  day: d.day,
  sentAt: d.sentAt.toISOString(),
  open: d.open,
  dueToday: d.dueToday,
  overdue: d.overdue,
  standing: d.standing,
  directed: d.directed,
  pushed: d.pushed,
});

export const toWeeklySummary = (w: WeeklySummaryEntity): WeeklySummary => ({
  stationId: w.stationId,
  week: w.week,
  sentAt: w.sentAt.toISOString(),
  lines: w.lines,
  pushesAdmitted: w.pushesAdmitted,
  pushesRefused: w.pushesRefused,
});

/** Only the officer's own events, however many officers this process serves. */
async function* mine(ctx: RequestContext): AsyncGenerator<TaskEventMessage> {
  const officerId = ctx.claims?.officerId;
  if (!ctx.claims) throw errors.unauthenticated();
  if (!officerId) throw errors.unauthorized();
  const events = await ctx.events.subscribe<TaskEventMessage>(TASK_EVENTS);
  try {
    for await (const e of events) if (e.officerId === officerId) yield e;
  } finally {
    await events.return?.();
  }
}

@Resolver()
export class DailyResolver {
  @Authorized('community_officer', 'station_head')
  @Query(() => DailyList, { nullable: true, description: '本人今天的每日提醒（8:00 推送前为空）' })
  async taskDailyList(@Ctx() ctx: RequestContext): Promise<DailyList | null> {
    const officerId = ctx.claims?.officerId;
    if (!officerId) return null;
    const d = await ctx.em.findOne(DailyListEntity, { officerId, day: beijingToday() });
    return d && toDailyList(d);
  }

  @Authorized('station_head', 'district_admin')
  @Query(() => WeeklySummary, { nullable: true, description: '某派出所的每周通报（默认上周；本所所长或分局）' })
  async taskWeeklySummary(
    @Arg('stationId', () => ID) stationId: string,
    @Ctx() ctx: RequestContext,
    @Arg('week', () => String, { nullable: true, description: '周，如 2026-W48' }) week?: string,
  ): Promise<WeeklySummary | null> {
    if (!managesStation(ctx.claims, stationId)) throw errors.outsideJurisdiction();
    const code = week ? parsePeriodCode(week).code : previousPeriod(weekOf(new Date())).code;
    const w = await ctx.em.findOne(WeeklySummaryEntity, { stationId, week: code });
    return w && toWeeklySummary(w);
  }

  @Subscription(() => TaskEvent, {
    description: '本人收件箱的动态：新下达、推送的任务与每日提醒（经网关以 SSE 订阅）',
    subscribe: ({ context }) => mine(context as RequestContext),
  })
  async taskEvents(@Root() e: TaskEventMessage, @Ctx() ctx: RequestContext): Promise<TaskEvent> {
    const em = ctx.em.fork(); // a long-lived subscription reads each event afresh
    const task = e.taskId ? await em.findOne(TaskEntity, { id: e.taskId }) : null;
    const daily = e.day ? await em.findOne(DailyListEntity, { officerId: e.officerId, day: e.day }) : null;
    const weekly = e.stationId && e.week ? await em.findOne(WeeklySummaryEntity, { stationId: e.stationId, week: e.week }) : null;
    return { kind: e.kind, task: task && toTask(task), daily: daily && toDailyList(daily), weekly: weekly && toWeeklySummary(weekly) };
  }
}
