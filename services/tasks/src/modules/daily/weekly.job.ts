import { previousPeriod, weekOf, type SubgraphJob } from '@cp/service-kit';
import { graphql } from '../../gql';
import { TaskEntity, TaskStatus } from '../task/task.entity';
import { PushAttemptEntity } from '../push/push.entity';
import { MORNING_HOUR } from './daily.job';
import { TASK_EVENTS, TaskEventKind, type TaskEventMessage } from './daily.type';
import { WeeklySummaryEntity, type WeeklyLine } from './weekly.entity';

const STATION_OFFICERS = graphql(`
  query WeeklyOfficers {
    stations {
      id
      officers {
        id
        name
        role
      }
    }
  }
`);

/**
 * 每周通报: on Monday from 08:00 Beijing time, each station's summary of the week before (tasks
 * given and done per officer, what is still overdue, what departments pushed), kept once per
 * station and week and sent to the station's heads.
 */
export const weeklySummaryJob: SubgraphJob = {
  name: 'tasks:weekly-summary',
  everyMs: 15 * 60_000,
  async run(em, now, { gateway, events }) {
    const thisWeek = weekOf(now);
    if (+now < +thisWeek.from + MORNING_HOUR * 3_600_000) return 0; // Monday 08:00 Beijing
    const week = previousPeriod(thisWeek);
    const done = new Set((await em.find(WeeklySummaryEntity, { week: week.code }, { fields: ['stationId'] })).map((s) => s.stationId));
    const stations = (await gateway.query(STATION_OFFICERS, {}, { timeoutMs: 30_000 })).stations.filter((s) => !done.has(s.id));
    if (!stations.length) return 0;
    const [tasks, pushes] = await Promise.all([
      em.find(TaskEntity, {
        stationId: { $in: stations.map((s) => s.id) },
        $or: [{ issuedAt: { $gte: week.from, $lt: week.to } }, { status: TaskStatus.open, dueAt: { $lt: week.to } }],
      }),
      em.find(PushAttemptEntity, { at: { $gte: week.from, $lt: week.to } }),
    ]);
    let count = 0;
    for (const s of stations) {
      const officers = s.officers ?? [];
      const ids = new Set(officers.map((o) => o.id));
      const lines: WeeklyLine[] = officers.flatMap((o) => {
        const mine = tasks.filter((t) => t.officerId === o.id);
        const issued = mine.filter((t) => t.issuedAt >= week.from && t.issuedAt < week.to);
        const finished = issued.filter((t) => t.status === TaskStatus.done && t.doneAt! < week.to);
        const line = {
          officerId: o.id,
          name: o.name,
          issued: issued.length,
          done: finished.length,
          doneLate: finished.filter((t) => t.doneAt! > t.dueAt).length,
          openOverdue: mine.filter((t) => t.status === TaskStatus.open && t.dueAt < week.to).length,
        };
        return line.issued || line.openOverdue ? [line] : [];
      });
      const stationPushes = pushes.filter((p) => p.officerId && ids.has(p.officerId));
      const inserted = await em.getConnection().execute<Array<{ station_id: string }>>(
        `insert into task_weekly_summary (station_id, week, sent_at, lines, pushes_admitted, pushes_refused)
         values (?, ?, ?, ?, ?, ?) on conflict do nothing returning station_id`,
        [s.id, week.code, now, JSON.stringify(lines), stationPushes.filter((p) => p.admitted).length, stationPushes.filter((p) => !p.admitted).length],
        'all',
        em.getTransactionContext(),
      );
      if (!inserted.length) continue;
      for (const head of officers.filter((o) => o.role === 'station_head' || o.role === 'deputy_head')) {
        await events.publish(em, TASK_EVENTS, { officerId: head.id, kind: TaskEventKind.weekly, stationId: s.id, week: week.code } satisfies TaskEventMessage);
      }
      count++;
    }
    return count;
  },
};
