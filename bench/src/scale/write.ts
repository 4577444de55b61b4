import { DISTRICT } from '@cp/demo-district';
import type { withDatabase } from '@cp/db';
import type { Columns } from './rows';

type Client = Parameters<Parameters<typeof withDatabase>[1]>[0];

/** Column types for `unnest`: a base type, or `enum:<type>` (sent as text, cast in the select). */
type Types = Record<string, string>;

const TYPES: Record<string, Types> = {
  station: { id: 'uuid', code: 'text', name: 'text', district_id: 'uuid', district_name: 'text' },
  community: { id: 'uuid', code: 'text', name: 'text', station_id: 'uuid' },
  grid: { id: 'uuid', name: 'text', kind: 'enum:grid_kind', community_id: 'uuid' },
  standard_address: { id: 'uuid', full_text: 'text', community_id: 'uuid', grid_id: 'uuid' },
  housing: {
    id: 'uuid',
    address_id: 'uuid',
    station_id: 'uuid',
    community_id: 'uuid',
    kind: 'enum:housing_kind',
    use: 'enum:housing_use',
    landlord_name: 'text',
    rented_since: 'date',
    rental_registered_on: 'date',
    created_at: 'timestamptz',
  },
  resident: {
    id: 'uuid',
    name: 'text',
    id_number: 'text',
    sex: 'enum:sex',
    birth_date: 'date',
    phone: 'text',
    kind: 'enum:resident_kind',
    origin_area: 'text',
    station_id: 'uuid',
    community_id: 'uuid',
    address_id: 'uuid',
    created_at: 'timestamptz',
    verified_at: 'timestamptz',
    arrived_on: 'date',
    residence_registered_on: 'date',
  },
  officer: { id: 'uuid', badge_no: 'text', name: 'text', station_id: 'uuid', role: 'enum:officer_role', sworn: 'bool', phone: 'text' },
  community_post: { id: 'uuid', community_id: 'uuid', officer_id: 'uuid', role: 'enum:post_role' },
  police_group: { id: 'uuid', station_id: 'uuid', name: 'text', leader_id: 'uuid' },
  police_group_member: { officer_id: 'uuid', group_id: 'uuid' },
  roster_shift: {
    id: 'uuid',
    station_id: 'uuid',
    group_id: 'uuid',
    day: 'date',
    shift_code: 'text',
    shift_name: 'text',
    starts_at: 'timestamptz',
    ends_at: 'timestamptz',
  },
  dispute: {
    id: 'uuid',
    title: 'text',
    category: 'text',
    source: 'enum:dispute_source',
    status: 'enum:dispute_status',
    risk_level: 'enum:risk_level',
    grade: 'enum:dispute_grade',
    community_id: 'uuid',
    station_id: 'uuid',
    grid_id: 'uuid',
    reported_at: 'timestamptz',
    repeat_count: 'int',
    closed_at: 'timestamptz',
    resolution: 'enum:dispute_resolution',
  },
  dispute_party: { id: 'uuid', dispute_id: 'uuid', resident_id: 'uuid', name: 'text' },
  dispute_repeat_link: { dispute_id: 'uuid', earlier_id: 'uuid', reasons: 'jsonb' },
};

/**
 * One statement per chunk, whatever its size: every column sent as an array and unnested, so
 * a million rows are a few hundred round trips, not a million, and no ORM is in the way.
 */
export async function insertColumns(client: Client, table: string, cols: Columns): Promise<number> {
  const names = Object.keys(cols);
  const count = cols[names[0]!]!.length;
  if (!count) return 0;
  const types = TYPES[table]!;
  const base = (n: string) => (types[n]!.startsWith('enum:') || types[n] === 'jsonb' ? 'text' : types[n]!);
  const select = names.map((n) => (types[n]!.startsWith('enum:') ? `u.${n}::${types[n]!.slice(5)}` : types[n] === 'jsonb' ? `u.${n}::jsonb` : `u.${n}`));
  await client.query(
    `insert into ${table} (${names.join(', ')}) select ${select.join(', ')} from unnest(${names.map((n, i) => `$${i + 1}::${base(n)}[]`).join(', ')}) as u(${names.join(', ')})`,
    names.map((n) => cols[n]),
  );
  return count;
}

/** Appends one set of columns to another (to batch several communities into one statement). */
export function appendColumns(into: Columns, from: Columns): void {
  for (const k in from) (into[k] ??= []).push(...from[k]!);
}

export const districtRow = { district_id: DISTRICT.id, district_name: DISTRICT.name };
