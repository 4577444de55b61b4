import { composeResidentId } from '@cp/id-card';
import { rng, stableId } from '@cp/demo-district';
import { GIVEN, LOCAL_AREA, ORIGINS, ROADS, SURNAMES } from '@cp/demo-district';
import type { PlannedCommunity, PlannedStation } from './plan';

/** A table's rows as columns (what `unnest` inserts in one statement per chunk). */
export type Columns = Record<string, unknown[]>;

const DAY = 86_400_000;
const BIRTH_DAYS = 21_900; // sixty years of birth dates: unique IDs for up to 10.9 M residents
const BASE_BIRTH = Date.UTC(1950, 0, 1);
const NOW = Date.UTC(2026, 10, 1); // fixed, so the same seed gives the same district on any day
const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);

function columns(names: string[]): Columns {
  return Object.fromEntries(names.map((n) => [n, []]));
}
function push(cols: Columns, row: Record<string, unknown>): void {
  for (const k in cols) cols[k]!.push(row[k] ?? null);
}

/** Resident number `i` of the district: unique ID number from its index, the rest from the dice. */
function resident(seed: string, i: number, c: PlannedCommunity, r: () => number, addressId: string, floating: boolean) {
  const day = i % BIRTH_DAYS;
  const sequence = Math.floor(i / BIRTH_DAYS);
  const sex = r() < 0.5 ? 'male' : 'female';
  const birthDate = dayOf(BASE_BIRTH + day * DAY);
  const origin = floating ? ORIGINS[Math.floor(r() * ORIGINS.length)]! : null;
  const arrived = floating ? NOW - (10 + Math.floor(r() * 700)) * DAY : null;
  return {
    id: stableId(seed, 'resident', i),
    name: SURNAMES[Math.floor(r() * SURNAMES.length)]! + GIVEN[Math.floor(r() * GIVEN.length)]! + (r() < 0.6 ? GIVEN[Math.floor(r() * GIVEN.length)]! : ''),
    id_number: composeResidentId(origin ? origin[0] : LOCAL_AREA, birthDate, sequence, sex),
    sex,
    birth_date: birthDate,
    phone: `13${String(Math.floor(r() * 1e9)).padStart(9, '0')}`,
    kind: floating ? 'floating' : 'registered',
    origin_area: origin ? origin[0] : null,
    station_id: c.stationId,
    community_id: c.id,
    address_id: addressId,
    created_at: new Date(arrived ?? NOW - 800 * DAY),
    verified_at: new Date(NOW - Math.floor(r() * 200) * DAY),
    arrived_on: arrived ? dayOf(arrived) : null,
    residence_registered_on: arrived && r() < 0.85 ? dayOf(arrived + Math.floor(r() * 30) * DAY) : null,
  };
}

export interface CommunityRows {
  addresses: Columns;
  housing: Columns;
  residents: Columns;
  disputes: Columns;
  parties: Columns;
  repeats: Columns;
}

/**
 * Everything in one community, from the seed alone: addresses (about 2.5 people each), one dwelling
 * per address (rented where floating residents live), residents (about 30 % floating), and about
 * one dispute per four residents, a tenth of them repeats of an earlier one.
 */
export function communityRows(seed: string, station: PlannedStation, c: PlannedCommunity): CommunityRows {
  const r = rng(`${seed}/community/${c.code}`);
  const rows: CommunityRows = {
    addresses: columns(['id', 'full_text', 'community_id', 'grid_id']),
    housing: columns(['id', 'address_id', 'station_id', 'community_id', 'kind', 'use', 'landlord_name', 'rented_since', 'rental_registered_on', 'created_at']),
    residents: columns([
      'id',
      'name',
      'id_number',
      'sex',
      'birth_date',
      'phone',
      'kind',
      'origin_area',
      'station_id',
      'community_id',
      'address_id',
      'created_at',
      'verified_at',
      'arrived_on',
      'residence_registered_on',
    ]),
    disputes: columns([
      'id',
      'title',
      'category',
      'source',
      'status',
      'risk_level',
      'grade',
      'community_id',
      'station_id',
      'grid_id',
      'reported_at',
      'repeat_count',
      'closed_at',
      'resolution',
    ]),
    parties: columns(['id', 'dispute_id', 'resident_id', 'name']),
    repeats: columns(['dispute_id', 'earlier_id', 'reasons']),
  };
  const addressCount = Math.max(1, Math.round(c.residents / 2.5));
  const road = ROADS[Math.floor(r() * ROADS.length)]!;
  const rented = new Set<number>();
  const people: Array<{ id: string; name: string }> = [];
  for (let k = 0; k < c.residents; k++) {
    const a = Math.floor(r() * addressCount);
    const floating = r() < 0.3;
    if (floating) rented.add(a);
    const p = resident(seed, c.firstResident + k, c, r, stableId(seed, 'address', c.code, a), floating);
    push(rows.residents, p);
    people.push({ id: p.id, name: p.name });
  }
  for (let a = 0; a < addressCount; a++) {
    const id = stableId(seed, 'address', c.code, a);
    push(rows.addresses, {
      id,
      full_text: `北京市东城区${c.name}${road}${Math.floor(a / 60) + 1}号楼${(Math.floor(a / 20) % 3) + 1}单元${(a % 20) + 101}室`,
      community_id: c.id,
      grid_id: c.gridId,
    });
    const isRented = rented.has(a);
    const since = NOW - (30 + Math.floor(r() * 600)) * DAY;
    push(rows.housing, {
      id: stableId(seed, 'housing', c.code, a),
      address_id: id,
      station_id: station.id,
      community_id: c.id,
      kind: 'building',
      use: isRented ? 'rented' : 'self_occupied',
      landlord_name: isRented ? `房主${a + 1}号` : null,
      rented_since: isRented ? dayOf(since) : null,
      rental_registered_on: isRented && r() < 0.8 ? dayOf(since + 7 * DAY) : null,
      created_at: new Date(NOW - 800 * DAY),
    });
  }
  const disputeCount = Math.round(c.residents / 4);
  const ids: string[] = [];
  for (let d = 0; d < disputeCount; d++) {
    const id = stableId(seed, 'dispute', c.code, d);
    const reported = NOW - Math.floor(r() * 365) * DAY;
    const resolved = r() < 0.7;
    const earlier = d > 0 && r() < 0.1 ? ids[Math.floor(r() * ids.length)] : undefined;
    const risk = r() < 0.9 ? 'general' : 'major';
    push(rows.disputes, {
      id,
      title: `${['邻里', '家庭', '物业', '租赁', '劳资'][d % 5]}纠纷`,
      category: ['neighbour', 'family', 'property_management', 'housing', 'labour'][d % 5],
      source: 'police_call',
      status: resolved ? 'resolved' : 'in_mediation',
      risk_level: risk,
      grade: risk === 'major' ? 'complex' : 'ordinary', // 分级处置: 较大 with the team lead (GRADE_FOR_RISK)
      community_id: c.id,
      station_id: station.id,
      grid_id: c.gridId,
      reported_at: new Date(reported),
      repeat_count: earlier ? 1 : 0,
      closed_at: resolved ? new Date(reported + 3 * DAY) : null,
      resolution: resolved ? 'agreement' : null,
    });
    if (earlier) push(rows.repeats, { dispute_id: id, earlier_id: earlier, reasons: JSON.stringify(['same_parties']) });
    ids.push(id);
    for (let p = 0; p < (r() < 0.5 ? 1 : 2) && people.length; p++) {
      const person = people[Math.floor(r() * people.length)]!;
      push(rows.parties, { id: stableId(seed, 'party', c.code, d, p), dispute_id: id, resident_id: person.id, name: person.name });
    }
  }
  return rows;
}
