import { groupBy, measuredUntil, runningPeriods, type SubgraphJob } from '@cp/service-kit';
import { CommunityEntity } from '../jurisdiction/jurisdiction.entity';
import { keptFacts } from './indicators.service';

/**
 * Keeps the running periods' facts ahead of the readers: at each ten-minute mark, the week, month,
 * quarter and year measured up to it, for every community, a station at a time (so no statement
 * holds the district). Only what is not already kept and valid is computed, so between marks a
 * run costs four reads; a ranking of a running period then finds its facts kept.
 */
export const keepRunningFactsJob: SubgraphJob = {
  name: 'population:keep-running-facts',
  everyMs: 60_000,
  async run(em, now) {
    const communities = await em.find(CommunityEntity, {}, { fields: ['id', 'station'] });
    const byStation = groupBy(communities, (c) => c.station.id);
    let computed = 0;
    for (const period of runningPeriods(now)) {
      const until = measuredUntil(period, now);
      for (const ids of byStation.values())
        computed += (
          await keptFacts(
            em,
            ids.map((c) => c.id),
            period.from,
            until,
            'community',
          )
        ).computed;
    }
    return computed;
  },
};
