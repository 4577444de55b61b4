import { defineModule } from '@cp/service-kit';
import { DailyListEntity } from './daily.entity';
import { WeeklySummaryEntity } from './weekly.entity';
import { weeklySummaryJob } from './weekly.job';
import { morningPushJob } from './daily.job';
import { DailyResolver } from './daily.resolver';
import { TASK_EVENTS } from './daily.type';

/** 每日提醒 at 08:00, 每周通报 on Monday, and the inbox's live events (new tasks, the day's list), over SSE through the gateway. */
export const dailyModule = defineModule({
  name: 'daily',
  entities: [DailyListEntity, WeeklySummaryEntity],
  resolvers: [DailyResolver],
  jobs: [morningPushJob, weeklySummaryJob],
  events: [TASK_EVENTS],
});
