import { beijingDay } from '@cp/calendar';
import { groupBy, type SubgraphJob } from '@cp/service-kit';
import { graphql } from '../../gql';
import { aPostCommunities, standingWorkOf } from '../standing/standing.service';
import { TaskEntity, TaskStatus } from '../task/task.entity';
import { TaskWay } from '../template/template.entity';
import { DailyListEntity } from './daily.entity';
import { TASK_EVENTS, TaskEventKind, type TaskEventMessage } from './daily.type';

const HOUR = 3_600_000;
/** Officers whose standing work is read at once (three reads each through the gateway). */
const PARALLEL = 8;
/** 08:00 Beijing time. */
export const MORNING_HOUR = 8;

const DISTRICT_OFFICERS = graphql(`
  query MorningOfficers {
    stations {
      id
      officers {
        id
        role
        postHistory {
          role
          endedAt
          community {
            id
          }
        }
      }
    }
  }
`);

/**
 * 每日提醒: from 08:00 Beijing time, each community officer (and anyone with an open task) gets
 * the day's list once: its counts are kept per officer and day, and an event tells the console
 * and the field app. Officers already sent today are skipped, and the (officer, day) key has the
 * last word, so neither a later run nor a second replica (which finds the job's lock taken, or
 * runs after and finds the rows) sends a list twice.
 */
export const morningPushJob: SubgraphJob = {
  name: 'tasks:morning-push',
  everyMs: 5 * 60_000,
  async run(em, now, { gateway, events, log }) {
    if (new Date(+now + 8 * HOUR).getUTCHours() < MORNING_HOUR) return 0;
    const { date: day, start, end } = beijingDay(now);
    const sent = new Set((await em.find(DailyListEntity, { day }, { fields: ['officerId'] })).map((d) => d.officerId));
    const open = groupBy(await em.find(TaskEntity, { status: TaskStatus.open }, { fields: ['officerId', 'way', 'dueAt'] }), (t) => t.officerId);
    const officers = (await gateway.query(DISTRICT_OFFICERS, {}, { timeoutMs: 30_000 })).stations.flatMap((s) => s.officers ?? []);
    const due = officers.flatMap((o) => {
      const communityIds = aPostCommunities(o.postHistory);
      const mine = open.get(o.id) ?? [];
      // no post in a community and nothing asked of them: no list
      return sent.has(o.id) || (!communityIds.length && !mine.length) ? [] : [{ o, communityIds, mine }];
    });
    let count = 0;
    for (let i = 0; i < due.length; i += PARALLEL) {
      const batch = due.slice(i, i + PARALLEL);
      const standings = await Promise.all(
        batch.map(({ o, communityIds }) =>
          standingWorkOf(gateway, o.id, now, { communityIds }).catch((err: unknown) => {
            log.warn({ err, officerId: o.id }, 'standing work unavailable for the morning list');
            return null; // tried again at the next run
          }),
        ),
      );
      for (const [j, { o, mine }] of batch.entries()) {
        const standing = standings[j];
        if (!standing) continue;
        const list = {
          standing: standing.open,
          directed: mine.filter((t) => t.way === TaskWay.directed).length,
          pushed: mine.filter((t) => t.way === TaskWay.pushed).length,
          open: standing.open + mine.length,
          dueToday: standing.dueToday + mine.filter((t) => t.dueAt >= start && t.dueAt < end).length,
          overdue: standing.overdue + mine.filter((t) => t.dueAt < start).length,
        };
        // the primary key (officer, day) is the last word: a list already there is not sent again
        const inserted = await em.getConnection().execute<Array<{ officer_id: string }>>(
          `insert into task_daily_list (officer_id, day, sent_at, open, due_today, overdue, standing, directed, pushed)
           values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning officer_id`,
          [o.id, day, now, list.open, list.dueToday, list.overdue, list.standing, list.directed, list.pushed],
          'all',
          em.getTransactionContext(),
        );
        if (!inserted.length) continue;
        await events.publish(em, TASK_EVENTS, { officerId: o.id, kind: TaskEventKind.daily, day } satisfies TaskEventMessage);
        count++;
      }
    }
    return count;
  },
};
