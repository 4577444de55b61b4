import { factsMark, keptWindows, pgArray, type SubgraphJob } from '@cp/service-kit';
import { CommunityEntity } from '../jurisdiction/jurisdiction.entity';
import { DATA_QUALITY } from '../quality/quality.sql';
import { keptFacts } from './indicators.service';
import { FACTS } from './indicators.sql';

/** How many communities one computing statement takes (about a station's). */
const CHUNK = 20;

/**
 * Keeps the facts the rankings and trends read ahead of the readers: for every community, the
 * running week, month, quarter and year measured to the last ten-minute mark, and the seven
 * closed ones before each, and its data quality at that mark, `CHUNK` communities to a statement (none holds the district). Only
 * what is not kept and valid is computed: at the first start the whole history (minutes on a
 * district of a million); then, at each mark, the running periods; and a community that changed,
 * for every period. Between marks a run costs one read per period.
 */
export const keepFactsJob: SubgraphJob = {
  name: 'population:keep-facts',
  everyMs: 60_000,
  async run(em, now) {
    const communities = (await em.find(CommunityEntity, {}, { fields: ['id'] })).map((c) => c.id);
    const periods = keptWindows(now);
    let computed = 0;
    for (const { since, until } of periods) computed += (await keptFacts(em, FACTS.community, communities, since, until, CHUNK)).computed;
    // and every community's data quality at the mark (its stale records move with time)
    const mark = factsMark(now);
    computed += (await keptFacts(em, DATA_QUALITY, communities, mark, mark, CHUNK)).computed;
    periods.push({ since: mark, until: mark });
    // what no longer needs keeping (a running period's earlier marks, a period someone asked for once) goes after an hour
    await em.getConnection().execute(
      `delete from population_facts_kept k where k.computed_at < ? and not exists
         (select 1 from unnest(?::timestamptz[], ?::timestamptz[]) p(since, at) where p.since = k.since and p.at = k.at)`,
      [new Date(+now - 3_600_000), pgArray(periods.map((p) => p.since.toISOString())), pgArray(periods.map((p) => p.until.toISOString()))],
    );
    return computed;
  },
};
