import { beijingSql } from '@cp/calendar';
import { focusVisitDueSql, inspectionDueSql, lastFocusVisitSql, lastInspectionSql, verificationDueSql } from '../worklist/schedule.sql';
export type FactsLevel = 'community' | 'grid';

/**
 * Where each thing counted lies: its community (a column of its own), or its grid (through the
 * standard address: a resident's or a unit's or a dwelling's; a listing through its resident;
 * a visit through the resident, unit or dwelling visited).
 */
const PLACE: Record<
  FactsLevel,
  Record<'focus' | 'unit' | 'resident' | 'housing' | 'visit' | `${'focus' | 'unit' | 'resident' | 'housing' | 'visit'}Join`, string>
> = {
  community: {
    focus: 'fp.community_id',
    focusJoin: '',
    unit: 'u.community_id',
    unitJoin: '',
    resident: 'r.community_id',
    residentJoin: '',
    housing: 'h.community_id',
    housingJoin: '',
    visit: 'v.community_id',
    visitJoin: '',
  },
  grid: {
    focus: 'fa.grid_id',
    focusJoin: `
    join resident fr on fr.id = fp.resident_id
    join standard_address fa on fa.id = fr.address_id`,
    unit: 'ua.grid_id',
    unitJoin: ' join standard_address ua on ua.id = u.address_id',
    resident: 'ra.grid_id',
    residentJoin: ' join standard_address ra on ra.id = r.address_id',
    housing: 'ha.grid_id',
    housingJoin: ' join standard_address ha on ha.id = h.address_id',
    visit: 'va.grid_id',
    visitJoin: `
      left join resident vr on v.subject_type = 'resident' and vr.id = v.subject_id
      left join unit vu on v.subject_type = 'unit' and vu.id = v.subject_id
      left join housing vh on v.subject_type = 'housing' and vh.id = v.subject_id
      join standard_address va on va.id = coalesce(vr.address_id, vu.address_id, vh.address_id)`,
  },
};

/**
 * The population facts other domains judge the work by, per community or grid, measured at the end of a
 * period (`?` 1: that instant) and counted over it (`?` 2: its start): how many of the listed
 * people and units were on schedule at the end, how many records were fresh, how many visits
 * were made, how many floating residents and rentals were registered. Housing is counted as it
 * is now (its use has no history yet). One statement for any number of places (`?` 3: their ids).
 */
export const populationFactsSql = (level: FactsLevel): string => {
  const at = PLACE[level];
  return `
with bounds as (select ?::timestamptz as at, ?::timestamptz as since, ?::uuid[] as places),
focus as (
  select ${at.focus} as place, c.kind,
         ${focusVisitDueSql('fp', 'c', 'v.last_at')} >= b.at as on_schedule
    from focus_person fp
    join focus_category c on c.code = fp.category_code${at.focusJoin}
    cross join bounds b
    left join lateral (${lastFocusVisitSql('fp', 'b.at')}) v on true
   where ${at.focus} = any(b.places) and fp.since < b.at and (fp.ended_at is null or fp.ended_at > b.at)
),
units as (
  select ${at.unit} as place, u.key,
         ${inspectionDueSql('u', 'r', 'v.last_at')} >= b.at as on_schedule
    from unit u${at.unitJoin}
    cross join bounds b
    cross join population_rules r
    left join lateral (${lastInspectionSql('u', 'b.at')}) v on true
   where ${at.unit} = any(b.places) and u.created_at < b.at
),
records as (
  select ${at.resident} as place,
         -- verified as of the period's end: by a verification visit, or the record's own mark if set before it
         ${verificationDueSql('r', 'rules', 'coalesce(v.last_at, case when r.verified_at < b.at then r.verified_at end)')} >= b.at as fresh
    from resident r${at.residentJoin}
    cross join bounds b
    cross join population_rules rules
    left join lateral (select max(at) as last_at from visit where subject_id = r.id and kind = 'verification' and outcome <> 'not_met' and at < b.at) v on true
   where ${at.resident} = any(b.places) and r.created_at < b.at
)
,
-- the last Beijing day inside the period: registrations dated on it still count
last_day as (select ${beijingSql.date("(b.at - interval '1 microsecond')")} as day from bounds b),
floating as (
  select ${at.resident} as place, r.residence_registered_on <= d.day as registered
    from resident r${at.residentJoin} cross join bounds b cross join last_day d
   where ${at.resident} = any(b.places) and r.kind = 'floating' and r.created_at < b.at
),
rentals as (
  select ${at.housing} as place, h.rental_registered_on <= d.day as registered,
         exists (select 1 from resident t where t.address_id = h.address_id and t.created_at < b.at) as occupied
    from housing h${at.housingJoin} cross join bounds b cross join last_day d
   where ${at.housing} = any(b.places) and h.use = 'rented' and h.created_at < b.at
)
select c.id as place_id,
       (select count(*) from focus f where f.place = c.id and f.kind = 'special')::int as special_total,
       (select count(*) from focus f where f.place = c.id and f.kind = 'special' and f.on_schedule)::int as special_on_schedule,
       (select count(*) from focus f where f.place = c.id and f.kind = 'care')::int as care_total,
       (select count(*) from focus f where f.place = c.id and f.kind = 'care' and f.on_schedule)::int as care_on_schedule,
       (select count(*) from units u where u.place = c.id)::int as units_total,
       (select count(*) from units u where u.place = c.id and u.on_schedule)::int as units_on_schedule,
       (select count(*) from units u where u.place = c.id and u.key)::int as key_units_total,
       (select count(*) from units u where u.place = c.id and u.key and u.on_schedule)::int as key_units_on_schedule,
       (select count(*) from records x where x.place = c.id)::int as records_total,
       (select count(*) from records x where x.place = c.id and x.fresh)::int as records_fresh,
       (select count(*) from floating f where f.place = c.id)::int as floating_total,
       (select count(*) from floating f where f.place = c.id and f.registered)::int as floating_registered,
       (select count(*) from rentals h where h.place = c.id)::int as rentals_total,
       (select count(*) from rentals h where h.place = c.id and h.registered)::int as rentals_registered,
       (select count(*) from rentals h where h.place = c.id and h.occupied)::int as rentals_occupied,
       (select count(*) from visit v${at.visitJoin}, bounds b where ${at.visit} = c.id and v.at >= b.since and v.at < b.at)::int as visits
  from bounds b, unnest(b.places) as c(id)`;
};

export interface PopulationFactsRow {
  place_id: string;
  special_total: number;
  special_on_schedule: number;
  care_total: number;
  care_on_schedule: number;
  units_total: number;
  units_on_schedule: number;
  key_units_total: number;
  key_units_on_schedule: number;
  records_total: number;
  records_fresh: number;
  floating_total: number;
  floating_registered: number;
  rentals_total: number;
  rentals_registered: number;
  rentals_occupied: number;
  visits: number;
}

/** The district's own epoch row (see the migration that keeps the facts). */
const DISTRICT_EPOCH = `'00000000-0000-0000-0000-000000000000'`;
const PLACE_COMMUNITY: Record<FactsLevel, string> = { community: 'select id, id as community_id from community', grid: 'select id, community_id from grid' };
const epochs = (community: string) => `left join population_facts_epoch e on e.community_id = ${community}
  left join population_facts_epoch d on d.community_id = ${DISTRICT_EPOCH}`;

/** Kept facts still valid: computed under the epochs that stand now (`?`: level, since, at, place ids). */
export const keptFactsSql = `
select k.place_id, k.facts from population_facts_kept k
  ${epochs('k.community_id')}
 where k.level = ? and k.since = ? and k.at = ? and k.place_id = any(?::uuid[])
   and k.epoch = coalesce(e.epoch, 0) and k.district_epoch = coalesce(d.epoch, 0)`;

/**
 * Something kept per place and period (`keptFacts`): the level it is kept under, where its places
 * lie, and the statement computing it for many places (`?`: at, since, place ids; one row per
 * place, named by `place_id`), valid while the epochs of their communities and the district stand.
 */
export interface KeptSource {
  level: string;
  places: FactsLevel;
  sql: string;
}

/** The population facts of communities or grids, for the indicators. */
export const FACTS: Record<FactsLevel, KeptSource> = {
  community: { level: 'community', places: 'community', sql: populationFactsSql('community') },
  grid: { level: 'grid', places: 'grid', sql: populationFactsSql('grid') },
};

/** What a source computes, with the epochs read in the same snapshot (so a write landing meanwhile outdates it). */
export const computeKeptSql = (source: KeptSource): string => `
select f.*, p.community_id, coalesce(e.epoch, 0)::text as epoch, coalesce(d.epoch, 0)::text as district_epoch
  from (${source.sql}) f
  join (${PLACE_COMMUNITY[source.places]}) p on p.id = f.place_id
  ${epochs('p.community_id')}`;

/** Keeps computed facts; a slower computation under older epochs never replaces a newer one (`?`: level, since, at, rows as JSON). */
export const keepFactsSql = `
insert into population_facts_kept as k (level, place_id, since, at, community_id, epoch, district_epoch, facts)
select ?, x.place_id, ?, ?, x.community_id, x.epoch, x.district_epoch, x.facts
  from jsonb_to_recordset(?::jsonb) as x(place_id uuid, community_id uuid, epoch bigint, district_epoch bigint, facts jsonb)
on conflict (level, since, at, place_id) do update
  set community_id = excluded.community_id, epoch = excluded.epoch, district_epoch = excluded.district_epoch, facts = excluded.facts, computed_at = now()
  where k.epoch <= excluded.epoch and k.district_epoch <= excluded.district_epoch`;
