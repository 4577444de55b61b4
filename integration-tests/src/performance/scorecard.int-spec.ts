import { randomUUID } from 'node:crypto';
import { startPlatformInProcess, type InProcessPlatform } from '@cp/launcher';
import { demoStaffing, demoStations } from '@cp/demo-district';
import { factsMark, type TypedDocument } from '@cp/service-kit';
import { loginAs, testDatabaseName } from '@cp/testkit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { typedGateway } from '../gateway';
import { graphql } from '../gql';

/*
 * Scorecards on the whole platform: the facts come from population and disputes through the
 * gateway, the surveys from here. A new station with two communities, identical but for one
 * override, in the first quarter of 2026:
 *
 *   floating residents 4, registered by 03-31: 3   → 75 % of 100  → 15 × 0.75   = 11.25
 *                                   (C2's target overridden to 75 → 15)
 *   rentals 2, registered: 1                        → 50 % of 100  → 10 × 0.5    =  5
 *   disputes: none → resolved and repeat rates do not apply; overdue 0 of 0 → 5
 *   satisfaction 95 of 100                          → 95 % of 98   → 15 × 0.9694 = 14.54
 *   no listed people, key units or A-post officers → those do not apply
 *
 *   C1: (11.25 + 5 + 5 + 14.54) / 45 × 100 = 79.53          C2: (15 + 5 + 5 + 14.54) / 45 × 100 = 87.87
 *   the station (sums: 6 of 8, 2 of 4, 190 of 200; no override): 79.53
 */

let platform: InProcessPlatform;
let admin: Record<string, string>;
const station = randomUUID();
const [c1, c2] = [randomUUID(), randomUUID()];
const population = (q: string, p: unknown[] = []) => platform.orms.population.em.getConnection().execute(q, p);
const gateway = typedGateway(() => platform.gatewayUrl);
/** As the district admin, whose scorecards these are. */
const call = <T, V extends Record<string, unknown>>(document: TypedDocument<T, V> & object, variables?: V) => gateway.call(admin, document, variables);
let seq = 0;

async function fixtureCommunity(id: string) {
  await population(`insert into community (id, code, name, station_id) values (?, ?, ?, ?)`, [id, `P${Date.now()}${++seq}`, `考核社区${seq}`, station]);
  const before = '2025-12-01T00:00:00Z';
  for (const [i, registeredOn] of [
    ['1', '2026-01-10'],
    ['2', '2026-02-10'],
    ['3', '2026-03-31'],
    ['4', null],
  ] as const) {
    await population(
      `insert into resident (id, name, id_number, sex, birth_date, kind, origin_area, arrived_on, residence_registered_on, station_id, community_id, created_at, updated_at, version)
       values (?, ?, ?, 'male', '1990-01-01', 'floating', '430102', '2025-11-01', ?, ?, ?, ?, ?, 1)`,
      [
        randomUUID(),
        `考核流动${seq}${i}`,
        `7${String(Date.now()).slice(-9)}${String(++seq).padStart(8, '0')}`.slice(0, 18),
        registeredOn,
        station,
        id,
        before,
        before,
      ],
    );
  }
  for (const registeredOn of ['2026-02-01', null]) {
    const address = randomUUID();
    await population(`insert into standard_address (id, full_text, community_id) values (?, ?, ?)`, [address, `北京市东城区考核路${Date.now()}${++seq}号`, id]);
    await population(
      `insert into housing (id, address_id, station_id, community_id, kind, use, landlord_name, rented_since, rental_registered_on, created_at, updated_at, version)
       values (?, ?, ?, ?, 'building', 'rented', '房东', '2025-10-01', ?, ?, ?, 1)`,
      [randomUUID(), address, station, id, registeredOn, before, before],
    );
  }
  // the quarter's survey as the station filed it then (a round is entered within a month of being held)
  await platform.orms.performance.em
    .getConnection()
    .execute(
      `insert into survey_round (id, community_id, surveyed_on, satisfied, basically_satisfied, unsatisfied, recorded_by) values (?, ?, '2026-03-10', 90, 5, 5, '考核测试派出所')`,
      [randomUUID(), id],
    );
}

graphql(`
  fragment Card on Scorecard {
    total
    rank
    rankedOf
    tier
    published
    lines {
      code
      numerator
      denominator
      value
      points
      applicable
      target
    }
  }
`);
const line = <L extends { code: string }>(card: { lines: L[] } | null, code: string) => card!.lines.find((l) => l.code === code);

beforeAll(async () => {
  platform = await startPlatformInProcess({
    serverUrl: inject('pgServerUrl'),
    databasePrefix: testDatabaseName('performance_platform'),
    residentsPerCommunity: 5,
  });
  admin = await loginAs(platform.gatewayUrl, 'admin', 'Admin@2026');
  await population(
    `insert into station (id, code, name, district_id, district_name) select ?, ?, '考核测试派出所', district_id, district_name from station limit 1`,
    [station, `S${Date.now()}`],
  );
  await fixtureCommunity(c1);
  await fixtureCommunity(c2);
  const override = await call(
    graphql(`
      mutation ScoreSetIndicatorOverride($i: SetIndicatorOverrideInput!) {
        setIndicatorOverride(input: $i) {
          override {
            target
          }
          errors {
            code
          }
        }
      }
    `),
    {
      i: { code: 'FLOATING_REGISTRATION', level: 'community', scopeId: c2, target: 75 },
    },
  );
  expect(override.setIndicatorOverride.errors).toEqual([]);
}, 180_000);
afterAll(() => platform?.stop());

describe('scorecards computed from the work', () => {
  it('scores the communities and the station as counted by hand, with the facts behind every point', async () => {
    const q = graphql(`
      query QuarterCards($s: ID!, $c1: ID!, $c2: ID!) {
        station(id: $s) {
          scorecard(period: "2026-Q1") {
            ...Card
          }
        }
        one: community(id: $c1) {
          scorecard(period: "2026-Q1") {
            ...Card
          }
        }
        two: community(id: $c2) {
          scorecard(period: "2026-Q1") {
            ...Card
          }
        }
      }
    `);
    const data = await call(q, { s: station, c1, c2 });
    const [one, two, st] = [data.one!.scorecard, data.two!.scorecard, data.station!.scorecard];
    expect(one!.total).toBe(79.53);
    expect(two!.total).toBe(87.87);
    expect(st!.total).toBe(79.53);
    expect(one!.published).toBe(false);
    expect(line(one, 'FLOATING_REGISTRATION')).toEqual({
      code: 'FLOATING_REGISTRATION',
      numerator: 3,
      denominator: 4,
      value: 75,
      points: 11.25,
      applicable: true,
      target: 100,
    });
    expect(line(two, 'FLOATING_REGISTRATION')).toMatchObject({ points: 15, target: 75 });
    expect(line(one, 'RENTAL_REGISTRATION')).toMatchObject({ numerator: 1, denominator: 2, points: 5 });
    expect(line(one, 'SATISFACTION')).toMatchObject({ numerator: 95, denominator: 100, points: 14.54 });
    expect(line(one, 'OVERDUE_DISPUTES')).toMatchObject({ numerator: 0, denominator: null, points: 5 });
    for (const code of ['SPECIAL_PERSON_VISITS', 'KEY_UNIT_INSPECTIONS', 'DISPUTES_RESOLVED', 'REPEAT_DISPUTES', 'TIME_IN_COMMUNITY']) {
      expect(line(one, code)).toMatchObject({ applicable: false, points: null });
    }
    expect(line(st, 'FLOATING_REGISTRATION')).toMatchObject({ numerator: 6, denominator: 8 });
    expect(two!.rank).toBeLessThan(one!.rank!);
  });

  it('publishes an ended quarter as snapshots that later data does not rewrite', async () => {
    const published = await call(
      graphql(`
        mutation ScorePublishPeriod {
          publishPeriod(period: "2026-Q1") {
            published
            warnings
            errors {
              code
            }
          }
        }
      `),
    );
    expect(published.publishPeriod.errors).toEqual([]);
    expect(published.publishPeriod.warnings).toBeGreaterThanOrEqual(6); // the last place and the two above it, at both levels
    expect(published.publishPeriod.published).toBeGreaterThan(2);
    const again = await call(
      graphql(`
        mutation ScorePublishPeriod2 {
          publishPeriod(period: "2026-Q1") {
            published
            errors {
              code
            }
          }
        }
      `),
    );
    expect(again.publishPeriod.errors).toEqual([{ code: 'PERIOD_ALREADY_PUBLISHED' }]);
    const running = await call(
      graphql(`
        mutation ScorePublishPeriod3 {
          publishPeriod(period: "2999-Q1") {
            errors {
              code
            }
          }
        }
      `),
    );
    expect(running.publishPeriod.errors).toEqual([{ code: 'PERIOD_NOT_ENDED' }]);

    // the fourth floating resident's registration is back-dated into the quarter: live facts change, the snapshot does not
    await population(
      `update resident set residence_registered_on = '2026-03-01' where community_id = ? and residence_registered_on is null and kind = 'floating'`,
      [c1],
    );
    const facts = await call(
      graphql(`
        query ScoreCommunity($c: ID!) {
          community(id: $c) {
            populationFacts(from: "2026-01-01T00:00:00+08:00", to: "2026-04-01T00:00:00+08:00") {
              floatingRegistration {
                numerator
              }
            }
          }
        }
      `),
      { c: c1 },
    );
    expect(facts.community!.populationFacts.floatingRegistration.numerator).toBe(4);
    const card = await call(
      graphql(`
        query PublishedCard($c: ID!) {
          community(id: $c) {
            scorecard(period: "2026-Q1") {
              ...Card
              publishedAt
            }
          }
        }
      `),
      { c: c1 },
    );
    expect(card.community!.scorecard).toMatchObject({ total: 79.53, published: true });
    expect(line(card.community!.scorecard, 'FLOATING_REGISTRATION')).toMatchObject({ numerator: 3 });
    await expect(platform.orms.performance.em.getConnection().execute(`update scorecard set total = 100`)).rejects.toThrow(/append-only/);
  });

  it('ranks the district with tiers: the top 30 % 优秀', async () => {
    const { ranking } = await call(
      graphql(`
        query ScoreRanking {
          ranking(period: "2026-Q1", level: station) {
            scopeId
            total
            rank
            rankedOf
            tier
          }
        }
      `),
    );
    const excellent = ranking.filter((r) => r.tier === 'excellent').length;
    expect(excellent).toBe(Math.ceil(ranking.length * 0.3));
    expect(ranking[0].rank).toBe(1);
    expect(ranking.every((r) => r.rankedOf === ranking.length)).toBe(true);
    const { station: s } = await call(
      graphql(`
        query ScoreStation($s: ID!) {
          station(id: $s) {
            ranking(period: "2026-Q1") {
              scopeId
            }
          }
        }
      `),
      { s: station },
    );
    expect(s!.ranking.map((r) => r.scopeId)).toEqual([c2, c1]);
  });

  it('warns the bottom of the published ranking, and the warning stays open until acknowledged with a response', async () => {
    const { ranking } = await call(
      graphql(`
        query ScoreRanking2 {
          ranking(period: "2026-Q1", level: station) {
            scopeId
            rank
            total
          }
        }
      `),
    );
    const scored = ranking.filter((r) => r.total !== null);
    const worst = Math.max(...scored.map((r) => r.rank!));
    const { performanceWarnings } = await call(
      graphql(`
        query ScorePerformanceWarnings {
          performanceWarnings(period: "2026-Q1", openOnly: true) {
            id
            version
            level
            scopeId
            kind
            reason
          }
        }
      `),
    );
    const stations = performanceWarnings.filter((w) => w.level === 'station');
    const last = stations.filter((w) => w.kind === 'yellow_card');
    expect(last.map((w) => w.scopeId).sort()).toEqual(
      scored
        .filter((r) => r.rank === worst)
        .map((r) => r.scopeId)
        .sort(),
    );
    expect(stations.every((w) => w.reason.startsWith('2026-Q1 派出所排名第'))).toBe(true);

    const ack = graphql(`
      mutation ScoreAcknowledgeWarning($i: AcknowledgeWarningInput!) {
        acknowledgeWarning(input: $i) {
          warning {
            acknowledgedBy
            response
          }
          errors {
            code
            field
          }
        }
      }
    `);
    const [w] = last;
    expect((await call(ack, { i: { id: w.id, version: w.version, response: '' } })).acknowledgeWarning.errors).toEqual([
      { code: 'INPUT_BLANK', field: 'response' },
    ]);
    const done = await call(ack, { i: { id: w.id, version: w.version, response: '所长约谈社区民警，下季度补齐走访' } });
    expect(done.acknowledgeWarning).toEqual({ warning: { acknowledgedBy: '东城分局管理员', response: '所长约谈社区民警，下季度补齐走访' }, errors: [] });
    expect((await call(ack, { i: { id: w.id, version: w.version + 1, response: '再签' } })).acknowledgeWarning.errors[0]).toMatchObject({
      code: 'WARNING_ALREADY_ACKNOWLEDGED',
    });
    const open = await call(
      graphql(`
        query ScorePerformanceWarnings2 {
          performanceWarnings(period: "2026-Q1", openOnly: true) {
            id
          }
        }
      `),
    );
    expect(open.performanceWarnings.map((x) => x.id)).not.toContain(w.id);
  });

  it('scores a full-time officer by the communities they hold the A post of, with their own time in the community', async () => {
    const stations = demoStations(5);
    const posts = demoStaffing(stations).posts.filter((p) => p.role === 'A');
    const officerId = posts[0]!.officerId;
    const theirs = posts.filter((p) => p.officerId === officerId).map((p) => p.communityId);
    const period = { from: '2026-01-01T00:00:00+08:00', to: '2026-04-01T00:00:00+08:00' };
    const q = graphql(`
      query OfficerCard($o: ID!, $from: String!, $to: String!) {
        officer(id: $o) {
          timeInCommunity(from: $from, to: $to) {
            hours
            workingHours
          }
          scorecard(period: "2026-Q1") {
            level
            total
            lines {
              code
              numerator
              denominator
            }
          }
        }
      }
    `);
    const { officer } = await call(q, { o: officerId, ...period });
    expect(officer!.scorecard!.level).toBe('officer');
    expect(line(officer!.scorecard, 'TIME_IN_COMMUNITY')).toMatchObject({
      numerator: officer!.timeInCommunity!.hours,
      denominator: officer!.timeInCommunity!.workingHours,
    });
    let floating = 0;
    for (const c of theirs) {
      const f = await call(
        graphql(`
          query OfficerCommunityFacts($c: ID!, $from: String!, $to: String!) {
            community(id: $c) {
              populationFacts(from: $from, to: $to) {
                floatingRegistration {
                  numerator
                }
              }
            }
          }
        `),
        { c, ...period },
      );
      floating += f.community!.populationFacts.floatingRegistration.numerator;
    }
    expect(line(officer!.scorecard, 'FLOATING_REGISTRATION')).toMatchObject({ numerator: floating });
  });
});

describe('dual track: the long line computed, the short line from the duty deputy, 50 % each', () => {
  const Q2 = '2026-Q2';
  const RATE = graphql(`
    mutation ScoreRateDutyWork($i: RateDutyWorkInput!) {
      rateDutyWork(input: $i) {
        rating {
          score
          version
          ratedBy
        }
        errors {
          code
          field
        }
      }
    }
  `);
  const OFFICERS = graphql(`
    query OfficerRankingQ2 {
      ranking(period: "2026-Q2", level: officer) {
        scopeId
        stationId
        total
        dualTrack {
          longLine
          shortLine
          rating {
            score
            basis
          }
        }
      }
    }
  `);
  let head: Record<string, string>;
  const asHead = <T, V extends Record<string, unknown>>(document: TypedDocument<T, V> & object, variables?: V) => gateway.call(head, document, variables);

  beforeAll(async () => {
    head = await loginAs(platform.gatewayUrl, 'qianmen', 'Qianmen@2026');
  });

  it("combines an officer's computed score with the duty deputy's, and refuses what is not the deputy's to score", async () => {
    const qianmen = demoStations(5)[0]!.id;
    const { policeGroups } = await call(
      graphql(`
        query ScorePoliceGroups($s: ID!) {
          policeGroups(stationId: $s) {
            members {
              id
            }
          }
        }
      `),
      { s: qianmen },
    );
    const onDuty = new Set<string>(policeGroups.flatMap((g) => g.members.map((m) => m.id)));
    const before = (await call(OFFICERS)).ranking;
    const officer = before.find((c) => c.stationId === qianmen && onDuty.has(c.scopeId) && c.total !== null)!;
    expect(officer.dualTrack).toEqual({ longLine: officer.total, shortLine: null, rating: null });

    const input = { period: Q2, officerId: officer.scopeId, score: 90, basis: '本季度值班 26 次，处警无差错' };
    expect((await asHead(RATE, { i: input })).rateDutyWork).toEqual({ rating: { score: 90, version: 1, ratedBy: '前门派出所所长' }, errors: [] });
    const after = (await call(OFFICERS)).ranking;
    const combined = after.find((c) => c.scopeId === officer.scopeId)!;
    expect(combined.dualTrack).toMatchObject({ longLine: officer.total, shortLine: 90 });
    expect(combined.total).toBe(Math.round(((officer.total! + 90) / 2) * 100) / 100);

    // a revision names the version it revises
    expect((await asHead(RATE, { i: { ...input, score: 85 } })).rateDutyWork.errors).toEqual([{ code: 'STALE_VERSION', field: 'version' }]);
    expect((await asHead(RATE, { i: { ...input, score: 85, version: 1 } })).rateDutyWork.rating).toMatchObject({ score: 85, version: 2 });
    expect((await asHead(RATE, { i: { ...input, score: 80, version: 1 } })).rateDutyWork.errors).toEqual([{ code: 'STALE_VERSION', field: 'version' }]);

    const other = before.find((c) => c.stationId !== qianmen)!;
    const refusals = [
      [{ ...input, officerId: other.scopeId }, 'OUTSIDE_JURISDICTION'],
      [{ ...input, score: 101 }, 'RATING_SCORE'],
      [{ ...input, basis: '' }, 'INPUT_BLANK'],
      [{ ...input, period: '2999-Q1' }, 'PERIOD_NOT_STARTED'],
      [{ ...input, period: '2026-Q1' }, 'PERIOD_ALREADY_PUBLISHED'],
    ] as const;
    for (const [i, code] of refusals) expect((await asHead(RATE, { i })).rateDutyWork.errors[0], code).toMatchObject({ code });
    const offDuty = before.find((c) => c.stationId === qianmen && !onDuty.has(c.scopeId));
    if (offDuty)
      expect((await asHead(RATE, { i: { ...input, officerId: offDuty.scopeId } })).rateDutyWork.errors[0]).toMatchObject({ code: 'OFFICER_NOT_ON_DUTY_GROUP' });
    // the district does not score duty work: the station's leadership does
    const byAdmin = await gateway.send(admin, RATE, { i: input });
    expect(byAdmin.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED');
  });
});

describe('reverse evaluation: stations rate the functional departments', () => {
  const Q2 = '2026-Q2';
  const RATE = graphql(`
    mutation ScoreRateDepartment($i: RateDepartmentInput!) {
      rateDepartment(input: $i) {
        rating {
          score
          version
          station {
            id
          }
        }
        errors {
          code
          field
        }
      }
    }
  `);
  let head: Record<string, string>;
  const asHead = async <T, V extends Record<string, unknown>>(document: TypedDocument<T, V> & object, variables?: V) =>
    (await gateway.send(head, document, variables)).data!;

  beforeAll(async () => {
    head = await loginAs(platform.gatewayUrl, 'qianmen', 'Qianmen@2026');
  });

  /*
   * 前门 rates 指挥中心 90 / 80 / 70 (mean 80); the test station 60 / 70 / 50 (mean 60) and 法制大队
   * 50 / 50 / 50 (mean 50, a poor rating). 指挥中心: 75, 75, 60, score (80 + 60) / 2 = 70, rank 1;
   * 法制大队: 50, rank 2, one poor rating; the four departments nobody rated: no rank, last.
   */
  it('aggregates the ratings of a period into a ranking of the departments, counted by hand', async () => {
    const qianmen = demoStations(5)[0]!.id;
    const input = { period: Q2, stationId: qianmen, departmentCode: 'COMMAND_CENTRE', responsiveness: 90, effectiveness: 80, ownership: 70 };
    expect((await asHead(RATE, { i: input })).rateDepartment).toEqual({ rating: { score: 80, version: 1, station: { id: qianmen } }, errors: [] });
    const performance = (q: string, p: unknown[]) => platform.orms.performance.em.getConnection().execute(q, p);
    const department = async (code: string) => (await performance(`select id from department where code = ?`, [code]))[0].id;
    for (const [code, r, e, o, comment] of [
      ['COMMAND_CENTRE', 60, 70, 50, '两次跨所调度迟缓'],
      ['LEGAL', 50, 50, 50, '案件审核积压，退回派出所补正三次'],
    ] as const) {
      await performance(
        `insert into department_rating (id, period_code, station_id, department_id, responsiveness, effectiveness, ownership, comment, rated_by, rated_at) values (?, ?, ?, ?, ?, ?, ?, ?, '考核测试派出所所长', now())`,
        [randomUUID(), Q2, station, await department(code), r, e, o, comment],
      );
    }
    const { departmentRanking } = await call(
      graphql(`
        query DepartmentRankingQ2 {
          departmentRanking(period: "2026-Q2") {
            department {
              code
            }
            rank
            stations
            responsiveness
            effectiveness
            ownership
            score
            poorRatings
          }
        }
      `),
    );
    expect(departmentRanking.slice(0, 2)).toEqual([
      { department: { code: 'COMMAND_CENTRE' }, rank: 1, stations: 2, responsiveness: 75, effectiveness: 75, ownership: 60, score: 70, poorRatings: 0 },
      { department: { code: 'LEGAL' }, rank: 2, stations: 1, responsiveness: 50, effectiveness: 50, ownership: 50, score: 50, poorRatings: 1 },
    ]);
    expect(departmentRanking.slice(2).every((d: { rank: number | null; stations: number }) => d.rank === null && d.stations === 0)).toBe(true);
    expect(departmentRanking).toHaveLength(6);

    // the district reads every station's ratings, a station its own
    const RATINGS = graphql(`
      query DepartmentRatingsQ2 {
        departmentRatings(period: "2026-Q2") {
          station {
            id
          }
          department {
            code
          }
          comment
        }
      }
    `);
    expect((await call(RATINGS)).departmentRatings).toHaveLength(3);
    expect((await asHead(RATINGS)).departmentRatings).toEqual([{ station: { id: qianmen }, department: { code: 'COMMAND_CENTRE' }, comment: null }]);
  });

  it('refuses ratings of another station, poor scores without an example, and revisions of a version not seen', async () => {
    const qianmen = demoStations(5)[0]!.id;
    const input = { period: Q2, stationId: qianmen, departmentCode: 'PUBLIC_ORDER', responsiveness: 90, effectiveness: 90, ownership: 90 };
    const refusals = [
      [{ ...input, stationId: station }, 'REVERSE_EVALUATION_OWN_STATION'],
      [{ ...input, ownership: 40 }, 'RATING_COMMENT_REQUIRED'],
      [{ ...input, responsiveness: -1 }, 'INPUT_NEGATIVE'],
      [{ ...input, responsiveness: 101 }, 'RATING_SCORE'],
      [{ ...input, departmentCode: 'NOPE' }, 'DEPARTMENT_NOT_FOUND'],
      [{ ...input, departmentCode: 'COMMAND_CENTRE' }, 'STALE_VERSION'],
      [{ ...input, departmentCode: 'COMMAND_CENTRE', version: 7 }, 'STALE_VERSION'],
      [{ ...input, period: '2026-Q1' }, 'PERIOD_ALREADY_PUBLISHED'],
    ] as const;
    for (const [i, code] of refusals) expect((await asHead(RATE, { i })).rateDepartment.errors[0], code).toMatchObject({ code });
    const revised = (await asHead(RATE, { i: { ...input, departmentCode: 'COMMAND_CENTRE', ownership: 40, comment: '社区安防检查任务转派到所', version: 1 } }))
      .rateDepartment;
    expect(revised).toMatchObject({ rating: { score: 73.33, version: 2 }, errors: [] }); // (90 + 90 + 40) / 3
    const byAdmin = await gateway.send(admin, RATE, { i: input });
    expect(byAdmin.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED');
  });
});

describe('overrides of the catalogue (no 一刀切)', () => {
  it('are set for a station or a community that exists, revised at the version seen, and removed', async () => {
    const SET = graphql(`
      mutation ScoreReviseOverride($i: SetIndicatorOverrideInput!) {
        setIndicatorOverride(input: $i) {
          override {
            target
            weight
            version
          }
          errors {
            code
            field
          }
        }
      }
    `);
    const base = { code: 'RENTAL_REGISTRATION', level: 'station' as const, scopeId: station };
    expect((await call(SET, { i: { ...base, target: 90 } })).setIndicatorOverride).toEqual({ override: { target: 90, weight: null, version: 1 }, errors: [] });
    expect((await call(SET, { i: { ...base, target: 85 } })).setIndicatorOverride.errors).toEqual([{ code: 'STALE_VERSION', field: 'version' }]);
    expect((await call(SET, { i: { ...base, target: 85, weight: 12, version: 1 } })).setIndicatorOverride.override).toEqual({
      target: 85,
      weight: 12,
      version: 2,
    });
    expect((await call(SET, { i: { ...base, level: 'officer', target: 80 } })).setIndicatorOverride.errors).toEqual([
      { code: 'OVERRIDE_SCOPE', field: 'level' },
    ]);
    expect((await call(SET, { i: { ...base, level: 'community', scopeId: randomUUID(), target: 80 } })).setIndicatorOverride.errors).toEqual([
      { code: 'OVERRIDE_SCOPE', field: 'scopeId' },
    ]);
    expect((await call(SET, { i: { ...base, version: 1 } })).setIndicatorOverride.errors).toEqual([{ code: 'STALE_VERSION', field: 'version' }]);
    expect((await call(SET, { i: { ...base, version: 2 } })).setIndicatorOverride).toEqual({ override: null, errors: [] });
    const { indicatorOverrides } = await call(
      graphql(`
        query ScoreIndicatorOverrides {
          indicatorOverrides {
            code
            scopeId
          }
        }
      `),
    );
    expect(indicatorOverrides).toEqual([{ code: 'FLOATING_REGISTRATION', scopeId: c2 }]);
  });
});

describe('manual indicators, entered with evidence', () => {
  it('scores what the system cannot count once the district switches the indicator on, and refuses typing in what it can', async () => {
    const { indicator } = await call(
      graphql(`
        query ScoreIndicator {
          indicator(code: "HAZARD_RECTIFIED") {
            active
            version
            source
          }
        }
      `),
    );
    expect(indicator).toMatchObject({ active: false, source: 'manual' });
    const on = await call(
      graphql(`
        mutation ScoreSetIndicatorActive($v: Int!) {
          setIndicatorActive(code: "HAZARD_RECTIFIED", active: true, version: $v) {
            indicator {
              active
              version
            }
            errors {
              code
            }
          }
        }
      `),
      {
        v: indicator!.version,
      },
    );
    expect(on.setIndicatorActive).toEqual({ indicator: { active: true, version: indicator!.version + 1 }, errors: [] });

    const RECORD = graphql(`
      mutation ScoreRecordManualValue($i: RecordManualValueInput!) {
        recordManualValue(input: $i) {
          value {
            value
            evidence
            version
          }
          errors {
            code
            field
          }
        }
      }
    `);
    const input = {
      code: 'HAZARD_RECTIFIED',
      period: '2026-Q2',
      communityId: c1,
      value: 1,
      evidence: '申报：背街小巷照明不足；6 月 20 日分局验收通过（验收单 2026-017）',
    };
    const refusals = [
      [{ ...input, evidence: '已整改' }, 'MANUAL_EVIDENCE'],
      [{ ...input, code: 'FLOATING_REGISTRATION' }, 'INDICATOR_NOT_MANUAL'],
      [{ ...input, period: '2026-Q1' }, 'PERIOD_ALREADY_PUBLISHED'],
      [{ ...input, value: -1 }, 'INPUT_NEGATIVE'],
      [{ ...input, communityId: randomUUID() }, 'COMMUNITY_NOT_FOUND'],
    ] as const;
    for (const [i, code] of refusals) expect((await call(RECORD, { i })).recordManualValue.errors[0], code).toMatchObject({ code });
    expect((await call(RECORD, { i: input })).recordManualValue).toEqual({ value: { value: 1, evidence: input.evidence, version: 1 }, errors: [] });

    // target 1 件, higher is better: 1 of 1 → the full 5 points in C1; C2 recorded nothing → not applicable
    const data = await call(
      graphql(`
        query ScoreOne($c1: ID!, $c2: ID!) {
          one: community(id: $c1) {
            scorecard(period: "2026-Q2") {
              lines {
                code
                numerator
                points
                applicable
              }
            }
            manualValues(period: "2026-Q2") {
              code
              evidence
            }
          }
          two: community(id: $c2) {
            scorecard(period: "2026-Q2") {
              lines {
                code
                applicable
              }
            }
          }
        }
      `),
      { c1, c2 },
    );
    expect(line(data.one!.scorecard, 'HAZARD_RECTIFIED')).toEqual({ code: 'HAZARD_RECTIFIED', numerator: 1, points: 5, applicable: true });
    expect(line(data.two!.scorecard, 'HAZARD_RECTIFIED')).toMatchObject({ applicable: false });
    expect(data.one!.manualValues).toEqual([{ code: 'HAZARD_RECTIFIED', evidence: input.evidence }]);

    const off = await call(
      graphql(`
        mutation ScoreSetIndicatorActive2($v: Int!) {
          setIndicatorActive(code: "HAZARD_RECTIFIED", active: false, version: $v) {
            errors {
              code
            }
          }
        }
      `),
      {
        v: indicator!.version,
      },
    );
    expect(off.setIndicatorActive.errors).toEqual([{ code: 'STALE_VERSION' }]);
  });
});

describe('no single record, however odd, breaks a report', () => {
  it('refuses an implausible survey round, and ranks the district even when the table holds one past 32 bits', async () => {
    const SURVEY = graphql(`
      mutation ScoreImplausibleSurvey($i: RecordSurveyRoundInput!) {
        recordSurveyRound(input: $i) {
          round {
            rate
          }
          errors {
            code
            field
          }
        }
      }
    `);
    const huge = { communityId: c2, surveyedOn: '2026-07-10', satisfied: 2_147_483_647, basicallySatisfied: 2_147_483_647, unsatisfied: 2_147_483_647 };
    expect((await call(SURVEY, { i: huge })).recordSurveyRound.errors[0]).toMatchObject({ code: 'INPUT_NUMBER_TOO_LARGE', field: 'satisfied' });
    expect((await call(SURVEY, { i: { ...huge, satisfied: 20_001, basicallySatisfied: 0, unsatisfied: 0 } })).recordSurveyRound.errors[0]).toMatchObject({
      code: 'SURVEY_COUNT',
      field: 'satisfied',
    });
    // a row written before these bounds (or by hand) still adds up in 64 bits
    await platform.orms.performance.em
      .getConnection()
      .execute(
        `insert into survey_round (id, community_id, surveyed_on, satisfied, basically_satisfied, unsatisfied, recorded_by) values (?, ?, '2026-07-10', 2147483647, 2147483647, 2147483647, 'legacy')`,
        [randomUUID(), c2],
      );
    const { ranking } = await call(
      graphql(`
        query ScoreRanking3 {
          ranking(period: "2026-07", level: community) {
            scopeId
            total
          }
        }
      `),
    );
    expect(ranking.find((r) => r.scopeId === c2)).toBeTruthy();
  });

  it("keeps the district's facts of a period: served while fresh, asked again once older than the window, refreshed ahead by the job", async () => {
    const perf = (q: string, p: unknown[] = []) => platform.orms.performance.em.getConnection().execute(q, p);
    const RANKING = graphql(`
      query ScoreRankingKept {
        ranking(period: "2026-05", level: community) {
          scopeId
          total
        }
      }
    `);
    const keptAt = async () => {
      const [row] = await perf(`select computed_at from district_facts_kept where since = '2026-04-30T16:00:00Z' and until = '2026-05-31T16:00:00Z'`);
      return row ? new Date(row.computed_at as string) : undefined;
    };
    const first = await call(RANKING);
    const at = await keptAt();
    expect(at).toBeInstanceOf(Date);
    // read again: the kept answer, not the three domains
    expect(await call(RANKING)).toEqual(first);
    expect(await keptAt()).toEqual(at);
    // older than the window: the next reader asks again
    await perf(`update district_facts_kept set computed_at = computed_at - interval '11 minutes'`);
    await call(RANKING);
    expect(+(await keptAt())!).toBeGreaterThan(+at! - 11 * 60_000);
    // the job asks for every ranked period not fresh, then for none
    // both runs at one moment: a later one rightly asks again for a row that was fresh at the first and has aged
    // past the window since (the rows set back above can sit on that edge, by the wall clock), or after the next mark
    const now = new Date(+factsMark(new Date()) + 1_000);
    expect(await platform.runJob('performance', 'performance:keep-facts', now)).toBeGreaterThan(0);
    expect(await platform.runJob('performance', 'performance:keep-facts', now)).toBe(0);
  });
});

describe('satisfaction surveys that cannot be gamed (运用信息化手段避免因人工录入造假)', () => {
  const RECORD = graphql(`
    mutation SurveyRecord($i: RecordSurveyRoundInput!) {
      recordSurveyRound(input: $i) {
        round {
          id
          rate
        }
        errors {
          code
          field
        }
      }
    }
  `);
  const CORRECT = graphql(`
    mutation SurveyCorrect($i: CorrectSurveyRoundInput!) {
      correctSurveyRound(input: $i) {
        round {
          id
          correctsId
        }
        errors {
          code
          field
        }
      }
    }
  `);
  const ROUNDS = graphql(`
    query SurveyRoundsOf($id: ID!, $period: String!) {
      community(id: $id) {
        populationStats {
          households
        }
        surveyRounds {
          id
          satisfied
          correctsId
          correctedById
          outlier
        }
        scorecard(period: $period) {
          lines {
            code
            numerator
            denominator
          }
        }
      }
    }
  `);
  const month = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  let head: Record<string, string>;
  let community: string;
  let households: number;

  beforeAll(async () => {
    head = await loginAs(platform.gatewayUrl, 'qianmen', 'Qianmen@2026');
    community = demoStations(5)[0]!.communities[1]!.id;
    households = (await call(ROUNDS, { id: community, period: month })).community!.populationStats!.households;
    expect(households).toBeGreaterThanOrEqual(4);
  });

  it("refuses the community's own officers, answers beyond the households and a round backdated into a reported month", async () => {
    const round = { communityId: community, surveyedOn: today, satisfied: 1, basicallySatisfied: 0, unsatisfied: 0 };
    // the community officer role records none at all
    const officer = await loginAs(platform.gatewayUrl, 'dongsi', 'Dongsi@2026');
    expect((await gateway.send(officer, RECORD, { i: round })).errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED');
    // a station head posted in the community does not judge it either
    const staffing = (q: string, p: unknown[]) => platform.orms.staffing.em.getConnection().execute(q, p);
    const post = randomUUID();
    await staffing(
      `insert into community_post (id, community_id, officer_id, role) select ?, ?, officer_id, 'AUX' from user_account where username = 'qianmen'`,
      [post, community],
    );
    expect((await gateway.call(head, RECORD, { i: round })).recordSurveyRound.errors).toEqual([{ code: 'SURVEY_OWN_COMMUNITY', field: 'communityId' }]);
    await staffing(`delete from community_post where id = ?`, [post]);

    const elevenMonthsAgo = new Date(Date.now() - 330 * 86_400_000).toISOString().slice(0, 10);
    for (const [i, code] of [
      [{ ...round, satisfied: households + 1 }, 'SURVEY_SAMPLE'],
      [{ ...round, surveyedOn: elevenMonthsAgo }, 'SURVEY_DATE_TOO_OLD'],
      [{ ...round, surveyedOn: '2026-02-30' }, 'INPUT_DATE_INVALID'],
    ] as const)
      expect((await gateway.call(head, RECORD, { i })).recordSurveyRound.errors[0], code).toMatchObject({ code });
    expect(await platform.orms.performance.em.getConnection().execute(`select 1 from survey_round where community_id = ?`, [community])).toEqual([]);
  });

  it('corrects a round by a new one that keeps the original, counts the correction only, and flags a round far from the recent ones', async () => {
    const at = { communityId: community, surveyedOn: today, unsatisfied: 0 };
    const entered = [];
    for (const satisfied of [4, 4])
      entered.push((await gateway.call(head, RECORD, { i: { ...at, satisfied, basicallySatisfied: 0 } })).recordSurveyRound.round!);
    // a typing error: 1 of 4 satisfied where the station meant 4 of 4
    const typo = (await gateway.call(head, RECORD, { i: { ...at, satisfied: 1, basicallySatisfied: 0, unsatisfied: 3 } })).recordSurveyRound.round!;
    let rounds = (await call(ROUNDS, { id: community, period: month })).community!;
    expect(rounds.surveyRounds.find((r) => r.id === typo.id)!.outlier).toMatch(/相差 75 个百分点/);
    expect(rounds.surveyRounds.filter((r) => r.outlier)).toHaveLength(1);
    expect(rounds.scorecard!.lines.find((l) => l.code === 'SATISFACTION')).toMatchObject({ numerator: 9, denominator: 12 });

    const fix = { roundId: typo.id, satisfied: 4, basicallySatisfied: 0, unsatisfied: 0, reason: '录入时满意与不满意填反' };
    expect((await gateway.call(head, CORRECT, { i: { ...fix, reason: '' } })).correctSurveyRound.errors[0]).toMatchObject({ field: 'reason' });
    // two corrections of one round at once: one stands, the other is told
    const both = await Promise.all([
      gateway.call(head, CORRECT, { i: fix }),
      gateway.call(head, CORRECT, { i: { ...fix, satisfied: 3, basicallySatisfied: 1 } }),
    ]);
    expect(both.map((b) => b.correctSurveyRound.errors.map((e) => e.code)).sort()).toEqual([[], ['SURVEY_ALREADY_CORRECTED']]);
    const correction = both.find((b) => b.correctSurveyRound.round)!.correctSurveyRound.round!;
    expect(correction.correctsId).toBe(typo.id);

    rounds = (await call(ROUNDS, { id: community, period: month })).community!;
    expect(rounds.surveyRounds).toHaveLength(4); // the original stays on the record
    expect(rounds.surveyRounds.find((r) => r.id === typo.id)).toMatchObject({ satisfied: 1, correctedById: correction.id });
    expect(rounds.surveyRounds.filter((r) => r.outlier)).toEqual([]);
    // the satisfaction line reads the correction, not what it corrects: 12 of 12
    expect(rounds.scorecard!.lines.find((l) => l.code === 'SATISFACTION')).toMatchObject({ numerator: 12, denominator: 12 });
  });
});
