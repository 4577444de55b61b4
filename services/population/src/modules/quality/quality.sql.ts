import { verificationDueSql } from '../worklist/schedule.sql';
import type { KeptSource } from '../indicators/indicators.sql';

/**
 * Data quality per community, for any number of them at once: required fields present (phone,
 * standard address, origin for floating residents), records past their verification at `at`
 * (the worklist's schedule), and groups of suspected duplicates (same name and birth date, at the
 * same address or with none recorded). Kept like the facts (`keptFacts`), at the ten-minute mark:
 * a write to a community's residents or to the rules recomputes it at the next read.
 */
export const DATA_QUALITY: KeptSource = {
  level: 'quality',
  places: 'community',
  sql: `
with bounds as (select ?::timestamptz as at, ?::timestamptz as since, ?::uuid[] as places),
ids as (select unnest(places) as community_id from bounds),
counts as (
  select r.community_id, count(*)::int as records,
         count(*) filter (where r.phone is null)::int as missing_phone,
         count(*) filter (where r.address_id is null)::int as missing_address,
         count(*) filter (where r.kind = 'floating' and r.origin_area is null)::int as floating_without_origin,
         count(*) filter (where r.phone is not null and r.address_id is not null and (r.kind <> 'floating' or r.origin_area is not null))::int as complete,
         count(*) filter (where ${verificationDueSql('r', 'rules')} < b.at)::int as stale
    from resident r cross join population_rules rules cross join bounds b
   where r.community_id in (select community_id from ids)
   group by r.community_id
),
duplicates as (
  select community_id, count(*)::int as groups, sum(n)::int as records
    from (select community_id, count(*) as n from resident
           where community_id in (select community_id from ids)
           group by community_id, name, birth_date, address_id having count(*) > 1) g
   group by community_id
)
select ids.community_id as place_id, coalesce(c.records, 0) as records, coalesce(c.missing_phone, 0) as missing_phone,
       coalesce(c.missing_address, 0) as missing_address, coalesce(c.floating_without_origin, 0) as floating_without_origin,
       coalesce(c.complete, 0) as complete, coalesce(c.stale, 0) as stale,
       coalesce(d.groups, 0) as duplicate_groups, coalesce(d.records, 0) as duplicate_records
  from ids left join counts c using (community_id) left join duplicates d using (community_id)`,
};

export interface DataQualityRow {
  place_id: string;
  records: number;
  missing_phone: number;
  missing_address: number;
  floating_without_origin: number;
  complete: number;
  stale: number;
  duplicate_groups: number;
  duplicate_records: number;
}

/** The groups themselves, for one community: each a list of resident ids, oldest record first. */
export const DUPLICATE_GROUPS = `
select array_agg(id order by created_at, id) as ids
  from resident where community_id = ?
 group by name, birth_date, address_id having count(*) > 1
 order by min(name) limit 100`;
