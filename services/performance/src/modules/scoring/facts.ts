import { beijingSql } from '@cp/calendar';
import { keptWindows, measuredUntil, pgArray, type GatewayReads, type Logger, type Period } from '@cp/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { LRUCache } from 'lru-cache';
import { manualMeasures } from '../manual/manual.service';
import type { Measure } from './score';
import { graphql } from '../../gql';
import type { PerformanceFactsQuery } from '../../gql/graphql';

/**
 * The facts the indicators are computed from, read from the domains that own them through the
 * gateway under this service's identity, in one request for the whole district: population's
 * registration and schedule facts, disputes' outcomes, staffing's time in the community; plus our
 * own surveys and the few manual values recorded with evidence.
 */
const FACTS = graphql(`
  query PerformanceFacts($from: String!, $to: String!) {
    stations {
      id
      name
      communities {
        id
        name
        populationFacts(from: $from, to: $to) {
          floatingRegistration {
            numerator
            denominator
          }
          rentalRegistration {
            numerator
            denominator
          }
          specialVisitsOnSchedule {
            numerator
            denominator
          }
          keyUnitInspectionsOnSchedule {
            numerator
            denominator
          }
        }
        disputeFacts(from: $from, to: $to) {
          reported
          resolved
          repeats
          overdue
        }
        officers {
          role
          officer {
            id
            name
            timeInCommunity(from: $from, to: $to) {
              hours
              workingHours
            }
          }
        }
      }
    }
  }
`);

type Ratio = { numerator: number; denominator: number };
type CommunityFacts = PerformanceFactsQuery['stations'][number]['communities'][number];

export interface Place {
  id: string;
  name: string;
  stationId: string;
  measures: Map<string, Measure>;
  /** The full-time (A-post) officers answering for it, with their own time in the community. */
  aOfficers: Array<{ id: string; name: string; hours: Measure | null }>;
}

export interface DistrictFacts {
  stations: Array<{ id: string; name: string; communities: Place[] }>;
}

const ratio = (r: Ratio): Measure => ({ numerator: r.numerator, denominator: r.denominator });

/** Hours in the community over working hours, summed. */
function hoursOf(times: Array<{ hours: number; workingHours: number }>): Measure {
  const sum = (pick: (t: { hours: number; workingHours: number }) => number) => Math.round(times.reduce((n, t) => n + pick(t), 0) * 100) / 100;
  return { numerator: sum((t) => t.hours), denominator: sum((t) => t.workingHours) };
}

/** One community's measures, by indicator code. */
function measuresOf(c: CommunityFacts, satisfaction: Measure | undefined, manual: Map<string, Measure> | undefined): Map<string, Measure> {
  const m = new Map<string, Measure>([
    ['FLOATING_REGISTRATION', ratio(c.populationFacts.floatingRegistration)],
    ['RENTAL_REGISTRATION', ratio(c.populationFacts.rentalRegistration)],
    ['SPECIAL_PERSON_VISITS', ratio(c.populationFacts.specialVisitsOnSchedule)],
    ['KEY_UNIT_INSPECTIONS', ratio(c.populationFacts.keyUnitInspectionsOnSchedule)],
  ]);
  const d = c.disputeFacts;
  if (d) {
    m.set('DISPUTES_RESOLVED', { numerator: d.resolved, denominator: d.reported });
    m.set('REPEAT_DISPUTES', { numerator: d.repeats, denominator: d.reported });
    m.set('OVERDUE_DISPUTES', { numerator: d.overdue, denominator: null }); // overdue at some moment of the period, each dispute once
  }
  // the full-time (A-post) officers' hours in the community against their working hours
  const a = (c.officers ?? []).filter((p) => p.role === 'A' && p.officer.timeInCommunity).map((p) => p.officer.timeInCommunity!);
  if (a.length) m.set('TIME_IN_COMMUNITY', hoursOf(a));
  if (satisfaction) m.set('SATISFACTION', satisfaction);
  for (const [code, measure] of manual ?? []) m.set(code, measure);
  return m;
}

/** Satisfaction per community over the survey rounds held in the period (Beijing dates), corrections in place of what they correct. */
async function satisfactionOf(em: EntityManager, from: Date, to: Date): Promise<Map<string, Measure>> {
  // added up in 64 bits (and as float8 for the driver): no round, however large, overflows the district's report
  const rows: Array<{ community_id: string; yes: number; total: number }> = await em.getConnection().execute(
    `select community_id, sum(satisfied::bigint + basically_satisfied)::float8 as yes, sum(satisfied::bigint + basically_satisfied + unsatisfied)::float8 as total
       from survey_round r
      where surveyed_on >= ${beijingSql.date('?::timestamptz')} and surveyed_on < ${beijingSql.date('?::timestamptz')}
        and not exists (select 1 from survey_round c where c.corrects_id = r.id) -- a corrected round counts as its correction
      group by community_id`,
    [from, to],
  );
  return new Map(rows.map((r) => [r.community_id, { numerator: r.yes, denominator: r.total }]));
}

/**
 * How long the other domains' answer for the district is served before it is asked again: the
 * most a ranking, a scorecard or a trend lags behind a record (the keep-facts job asks again a
 * little earlier, so a reader seldom waits for it).
 */
export const FACTS_FRESH_MINUTES = 10;
const MINUTE = 60_000;

type DistrictAnswer = PerformanceFactsQuery;

/** Asks the other domains for the district's facts over [since, until) and keeps the answer. */
export async function keepDistrictAnswer(gateway: GatewayReads, em: EntityManager, since: Date, until: Date, now: Date): Promise<DistrictAnswer> {
  const answer = await gateway.query(FACTS, { from: since.toISOString(), to: until.toISOString() }, { timeoutMs: 60_000 });
  await em.getConnection().execute(
    `insert into district_facts_kept (since, until, facts, computed_at) values (?, ?, ?::jsonb, ?)
       on conflict (since, until) do update set facts = excluded.facts, computed_at = excluded.computed_at where district_facts_kept.computed_at < excluded.computed_at`,
    [since, until, JSON.stringify(answer), now],
  );
  return answer;
}

/**
 * Kept answers already parsed, by period and the moment they were computed: a kept answer never
 * changes (a new one has a new moment), so reading it again from memory serves exactly what the
 * table holds; at a million residents one is 0.8 MB of JSON, and eight of them (a trend) were most
 * of a request's time to fetch and parse. Bounded by the answers' size (about 20 of the largest).
 */
const parsed = new LRUCache<string, DistrictAnswer>({ maxSize: 16 * 1024 * 1024 });

/** The kept answer if it is fresh enough, else a new one (kept on the primary: `em` may read a standby). */
async function districtAnswer(gateway: GatewayReads, em: EntityManager, primary: EntityManager, since: Date, until: Date, now: Date): Promise<DistrictAnswer> {
  const connection = em.getConnection();
  const [kept] = await connection.execute<Array<{ computed_at: string }>>( // as PostgreSQL prints it (microseconds kept)
    `select computed_at from district_facts_kept where since = ? and until = ? and computed_at > ?`,
    [since, until, new Date(+now - FACTS_FRESH_MINUTES * MINUTE)],
  );
  if (!kept) return keepDistrictAnswer(gateway, primary, since, until, now);
  const key = `${+since}/${+until}/${kept.computed_at}`;
  const known = parsed.get(key);
  if (known) return known;
  const [row] = await connection.execute<Array<{ facts: string }>>(
    `select facts::text as facts from district_facts_kept where since = ? and until = ? and computed_at = ?`,
    [since, until, kept.computed_at],
  );
  if (!row) return keepDistrictAnswer(gateway, primary, since, until, now); // replaced meanwhile
  const answer = JSON.parse(row.facts) as DistrictAnswer;
  parsed.set(key, answer, { size: row.facts.length });
  return answer;
}

/**
 * Keeps the district's facts of the periods rankings and trends read (the running week, month,
 * quarter and year and the seven before each, as population keeps its own) fresh ahead of the
 * readers: those older than FACTS_FRESH_MINUTES less two are asked again. A domain that cannot
 * answer now leaves that period to the next run. Returns how many were asked.
 */
export async function refreshDistrictFacts(gateway: GatewayReads, em: EntityManager, now: Date, log?: Logger): Promise<number> {
  const periods = keptWindows(now);
  const fresh = new Set(
    (
      await em
        .getConnection()
        .execute<Array<{ since: Date; until: Date }>>(`select since, until from district_facts_kept where computed_at > ?`, [
          new Date(+now - (FACTS_FRESH_MINUTES - 2) * MINUTE),
        ])
    ).map((r) => `${+new Date(r.since)}/${+new Date(r.until)}`),
  );
  let asked = 0;
  const failed: Array<{ since: Date; until: Date; err: string }> = [];
  for (const { since, until } of periods) {
    if (fresh.has(`${+since}/${+until}`)) continue;
    try {
      await keepDistrictAnswer(gateway, em, since, until, now);
      asked++;
    } catch (e) {
      failed.push({ since, until, err: (e as Error).message });
    }
  }
  // one line a run, not one a period (at start-up, before the gateway is up, every period fails)
  if (failed.length) log?.warn({ periods: failed.length, first: failed[0] }, 'district facts not kept: the next run asks again');
  // what nobody reads any more (a running period's earlier marks, a period asked for once) goes after an hour
  await em.getConnection().execute(
    `delete from district_facts_kept k where k.computed_at < ? and not exists
       (select 1 from unnest(?::timestamptz[], ?::timestamptz[]) p(since, until) where p.since = k.since and p.until = k.until)`,
    [new Date(+now - 60 * MINUTE), pgArray(periods.map((p) => p.since.toISOString())), pgArray(periods.map((p) => p.until.toISOString()))],
  );
  return asked;
}

/**
 * The whole district's facts for a period; a period still running is measured up to the last mark
 * (at most ten minutes ago), as population keeps them, and the other domains' answer is at most
 * FACTS_FRESH_MINUTES old. Our own surveys and manual values are read as they are now.
 */
export async function readDistrictFacts(
  gateway: GatewayReads,
  em: EntityManager,
  primary: EntityManager,
  period: Period,
  now = new Date(),
): Promise<DistrictFacts> {
  const { from, to } = period;
  const until = measuredUntil(period, now);
  const [facts, satisfaction, manual] = await Promise.all([
    districtAnswer(gateway, em, primary, from, until, now),
    satisfactionOf(em, from, to),
    manualMeasures(em, period.code),
  ]);
  return {
    stations: facts.stations.map((s) => ({
      id: s.id,
      name: s.name,
      communities: s.communities.map((c) => ({
        id: c.id,
        name: c.name,
        stationId: s.id,
        measures: measuresOf(c, satisfaction.get(c.id), manual.get(c.id)),
        aOfficers: (c.officers ?? [])
          .filter((p) => p.role === 'A')
          .map((p) => ({ id: p.officer.id, name: p.officer.name, hours: p.officer.timeInCommunity ? hoursOf([p.officer.timeInCommunity]) : null })),
      })),
    })),
  };
}
