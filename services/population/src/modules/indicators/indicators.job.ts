import { groupBy, keptPeriods, measuredUntil, type SubgraphJob } from '@cp/service-kit';
import { CommunityEntity } from '../jurisdiction/jurisdiction.entity';
import { keptFacts } from './indicators.service';

/**
 * Keeps the facts the rankings and trends read ahead of the readers: for every community, the
 * running week, month, quarter and year measured to the last ten-minute mark, and the seven
 * closed ones before each, a station at a time (no statement holds the district). Only what is
 * not kept and valid is computed: at the first start the whole history (minutes on a district
 * of a million); then, at each mark, the running periods; and a community that changed, for
 * every period. Between marks a run costs a read per station and period.
 */
export const keepFactsJob: SubgraphJob = {
  name: 'population:keep-facts',
  everyMs: 60_000,
  async run(em, now) {
    const communities = await em.find(CommunityEntity, {}, { fields: ['id', 'station'] });
    const byStation = [...groupBy(communities, (c) => c.station.id).values()];
    const periods = keptPeriods(now).map((p) => ({ since: p.from, until: measuredUntil(p, now) }));
    let computed = 0;
    for (const { since, until } of periods) {
      for (const ids of byStation)
        computed += (
          await keptFacts(
            em,
            ids.map((c) => c.id),
            since,
            until,
            'community',
          )
        ).computed;
    }
    // what no longer needs keeping (a running period's earlier marks, a period someone asked for once) goes after an hour
    await em.getConnection().execute(
      `delete from population_facts_kept k where k.computed_at < ? and not exists
         (select 1 from unnest(?::timestamptz[], ?::timestamptz[]) p(since, at) where p.since = k.since and p.at = k.at)`,
      [new Date(+now - 3_600_000), `{${periods.map((p) => p.since.toISOString()).join(',')}}`, `{${periods.map((p) => p.until.toISOString()).join(',')}}`],
    );
    return computed;
  },
};
