import { resolve } from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { stableId } from '@cp/demo-district';
import { databaseUrl, dropDatabase, startEmbeddedPostgres, withDatabase } from '@cp/db';
import { subgraphDefinitions } from '@cp/launcher';
import { prepareSubgraphDatabase } from '@cp/service-kit';
import { rosterRows } from './roster';
import { planDistrict, type PlannedStation, type ScaleOptions } from './plan';
import { communityRows, type Columns } from './rows';
import { appendColumns, districtRow, insertColumns } from './write';

export interface GenerateOptions extends ScaleOptions {
  /** The PostgreSQL server (its `postgres` database). */
  serverUrl: string;
  /** Databases are `<prefix>_<service>`, created afresh with the services' migrations. */
  prefix: string;
  /** Residents per batch of communities written in one go. */
  batch?: number;
  progress?: boolean;
}

export interface GeneratedDistrict {
  stations: number;
  communities: number;
  residents: number;
  addresses: number;
  disputes: number;
  repeats: number;
  officers: number;
  seconds: number;
}

/**
 * A synthetic district of any size, the same for the same seed: fresh databases migrated by the
 * services themselves, then stations, communities, grids, officers with A/B posts and rosters, addresses,
 * housing, residents and disputes written in bulk, community batch by community batch.
 */
export async function generateDistrict(o: GenerateOptions): Promise<GeneratedDistrict> {
  const started = Date.now();
  const defs = subgraphDefinitions();
  for (const def of defs) {
    await dropDatabase(o.serverUrl, `${o.prefix}_${def.name}`);
    const orm = await prepareSubgraphDatabase(def, o.serverUrl, `${o.prefix}_${def.name}`, false);
    await orm.close();
  }
  const stations = planDistrict(o);
  const url = (service: string) => databaseUrl(o.serverUrl, `${o.prefix}_${service}`);
  const totals = { stations: stations.length, communities: 0, residents: 0, addresses: 0, disputes: 0, repeats: 0, officers: 0 };
  await withDatabase(url('population'), (population) =>
    withDatabase(url('staffing'), (staffing) =>
      withDatabase(url('disputes'), async (disputes) => {
        for (const c of [population, staffing, disputes]) await c.query('set synchronous_commit = off');
        await writePlaces(population, staffing, stations, o.seed, totals);
        const bar = o.progress ? new SingleBar({ format: '生成 {bar} {percentage}% | {value}/{total} 人 | {duration}s' }, Presets.shades_classic) : null;
        bar?.start(o.residents, 0);
        let batch = emptyBatch();
        let pending = 0;
        const flush = async () => {
          await Promise.all([
            (async () => {
              totals.addresses += await insertColumns(population, 'standard_address', batch.addresses);
              await insertColumns(population, 'housing', batch.housing);
              totals.residents += await insertColumns(population, 'resident', batch.residents);
            })(),
            (async () => {
              totals.disputes += await insertColumns(disputes, 'dispute', batch.disputes);
              await insertColumns(disputes, 'dispute_party', batch.parties);
              totals.repeats += await insertColumns(disputes, 'dispute_repeat_link', batch.repeats);
            })(),
          ]);
          bar?.update(totals.residents);
          batch = emptyBatch();
          pending = 0;
        };
        for (const s of stations) {
          for (const c of s.communities) {
            const rows = communityRows(o.seed, s, c);
            for (const k of Object.keys(batch) as Array<keyof typeof batch>) appendColumns(batch[k], rows[k]);
            pending += c.residents;
            if (pending >= (o.batch ?? 20_000)) await flush();
          }
        }
        if (pending) await flush();
        bar?.stop();
        for (const c of [population, staffing, disputes]) await c.query('analyze');
      }),
    ),
  );
  totals.communities = stations.reduce((n, s) => n + s.communities.length, 0);
  return { ...totals, seconds: Math.round((Date.now() - started) / 100) / 10 };
}

const emptyBatch = (): Record<'addresses' | 'housing' | 'residents' | 'disputes' | 'parties' | 'repeats', Columns> => ({
  addresses: {},
  housing: {},
  residents: {},
  disputes: {},
  parties: {},
  repeats: {},
});

type Client = Parameters<Parameters<typeof withDatabase>[1]>[0];

/** Stations, communities and their police grids; a head per station; an A and a B officer per community; duty rosters. */
async function writePlaces(population: Client, staffing: Client, stations: PlannedStation[], seed: string, totals: { officers: number }) {
  const communities = stations.flatMap((s) => s.communities);
  const col = <T>(rows: T[], pick: Record<string, (row: T) => unknown>): Columns => Object.fromEntries(Object.entries(pick).map(([k, f]) => [k, rows.map(f)]));
  await insertColumns(
    population,
    'station',
    col(stations, {
      id: (s) => s.id,
      code: (s) => s.code,
      name: (s) => s.name,
      district_id: () => districtRow.district_id,
      district_name: () => districtRow.district_name,
    }),
  );
  await insertColumns(population, 'community', col(communities, { id: (c) => c.id, code: (c) => c.code, name: (c) => c.name, station_id: (c) => c.stationId }));
  await insertColumns(
    population,
    'grid',
    col(communities, { id: (c) => c.gridId, name: (c) => `${c.name}警格`, kind: () => 'police', community_id: (c) => c.id }),
  );
  const officers = [
    ...stations.map((s, i) => ({
      id: stableId(seed, 'head', s.id),
      badge: `H${String(i + 1).padStart(6, '0')}`,
      name: `所长${i + 1}`,
      station: s.id,
      role: 'station_head',
    })),
    ...communities.flatMap((c, i) =>
      (['A', 'B'] as const).map((post) => ({
        id: stableId(seed, 'officer', c.id, post),
        badge: `${post}${String(i + 1).padStart(6, '0')}`,
        name: `社区民警${i + 1}${post}`,
        station: c.stationId,
        role: post === 'A' ? 'community_full_time' : 'community_part_time',
        community: c.id,
        post,
      })),
    ),
  ];
  totals.officers = await insertColumns(
    staffing,
    'officer',
    col(officers, {
      id: (o) => o.id,
      badge_no: (o) => o.badge,
      name: (o) => o.name,
      station_id: (o) => o.station,
      role: (o) => o.role,
      sworn: () => true,
      phone: () => null,
    }),
  );
  const posts = officers.filter((o): o is (typeof officers)[number] & { community: string; post: 'A' | 'B' } => 'post' in o);
  await insertColumns(
    staffing,
    'community_post',
    col(posts, { id: (p) => stableId(seed, 'post', p.id), community_id: (p) => p.community, officer_id: (p) => p.id, role: (p) => p.post }),
  );
  const roster = rosterRows(seed, stations, (community, post) => stableId(seed, 'officer', community, post), new Date());
  await insertColumns(staffing, 'police_group', roster.groups);
  await insertColumns(staffing, 'police_group_member', roster.members);
  await insertColumns(staffing, 'roster_shift', roster.shifts);
}

/** `node bench/dist/scale/generate.js [--residents 1000000] [--seed cp-scale] [--prefix cp_scale]` (DATABASE_URL: a server; else an embedded one in bench/.scale-pg). */
async function main() {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1]! : fallback;
  };
  const residents = Number(arg('residents', '1000000'));
  const embedded = process.env.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({ dataDir: resolve(__dirname, '../../.scale-pg'), port: Number(arg('port', '54392')) });
  try {
    const result = await generateDistrict({
      residents,
      seed: arg('seed', 'cp-scale'),
      serverUrl: process.env.DATABASE_URL ?? embedded!.adminUrl,
      prefix: arg('prefix', `cp_scale_${residents}`),
      progress: true,
    });
    console.log(JSON.stringify(result));
  } finally {
    await embedded?.stop();
  }
}

if (require.main === module)
  void main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
