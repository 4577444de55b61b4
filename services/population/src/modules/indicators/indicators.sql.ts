/**
 * The population facts other domains judge the work by, per community, measured at the end of a
 * period (`?` 1: that instant) and counted over it (`?` 2: its start): how many of the listed
 * people and units were on schedule at the end, how many records were fresh, how many visits
 * were made, how many floating residents and rentals were registered. Housing is counted as it
 * is now (its use has no history yet). One statement for any number of communities (`?` 3: their ids).
 */
export const POPULATION_FACTS = `
with bounds as (select ?::timestamptz as at, ?::timestamptz as since, ?::uuid[] as communities),
focus as (
  select fp.community_id, c.kind,
         coalesce(v.last_at, fp.since) + make_interval(days => c.visit_every_days) >= b.at as on_schedule
    from focus_person fp
    join focus_category c on c.code = fp.category_code
    cross join bounds b
    left join lateral (select max(at) as last_at from visit
                        where subject_id = fp.resident_id and kind in ('visit', 'verification') and outcome <> 'not_met'
                          and at >= fp.since and at < b.at) v on true
   where fp.community_id = any(b.communities) and fp.since < b.at and (fp.ended_at is null or fp.ended_at > b.at)
),
units as (
  select u.community_id, u.key,
         coalesce(v.last_at, u.created_at) + make_interval(days => case when u.key then r.key_unit_inspection_days else r.unit_inspection_days end) >= b.at as on_schedule
    from unit u
    cross join bounds b
    cross join population_rules r
    left join lateral (select max(at) as last_at from visit where subject_id = u.id and kind in ('inspection', 'recheck') and at < b.at) v on true
   where u.community_id = any(b.communities) and u.created_at < b.at
),
records as (
  select r.community_id,
         coalesce(v.last_at, case when r.verified_at < b.at then r.verified_at end, r.created_at)
           + make_interval(days => rules.verification_stale_days) >= b.at as fresh
    from resident r
    cross join bounds b
    cross join population_rules rules
    left join lateral (select max(at) as last_at from visit where subject_id = r.id and kind = 'verification' and outcome <> 'not_met' and at < b.at) v on true
   where r.community_id = any(b.communities) and r.created_at < b.at
)
,
-- the last Beijing day inside the period: registrations dated on it still count
last_day as (select ((b.at - interval '1 microsecond') at time zone 'Asia/Shanghai')::date as day from bounds b),
floating as (
  select r.community_id, r.residence_registered_on <= d.day as registered
    from resident r cross join bounds b cross join last_day d
   where r.community_id = any(b.communities) and r.kind = 'floating' and r.created_at < b.at
),
rentals as (
  select h.community_id, h.rental_registered_on <= d.day as registered,
         exists (select 1 from resident t where t.address_id = h.address_id and t.created_at < b.at) as occupied
    from housing h cross join bounds b cross join last_day d
   where h.community_id = any(b.communities) and h.use = 'rented' and h.created_at < b.at
)
select c.id as community_id,
       (select count(*) from focus f where f.community_id = c.id and f.kind = 'special')::int as special_total,
       (select count(*) from focus f where f.community_id = c.id and f.kind = 'special' and f.on_schedule)::int as special_on_schedule,
       (select count(*) from focus f where f.community_id = c.id and f.kind = 'care')::int as care_total,
       (select count(*) from focus f where f.community_id = c.id and f.kind = 'care' and f.on_schedule)::int as care_on_schedule,
       (select count(*) from units u where u.community_id = c.id)::int as units_total,
       (select count(*) from units u where u.community_id = c.id and u.on_schedule)::int as units_on_schedule,
       (select count(*) from units u where u.community_id = c.id and u.key)::int as key_units_total,
       (select count(*) from units u where u.community_id = c.id and u.key and u.on_schedule)::int as key_units_on_schedule,
       (select count(*) from records x where x.community_id = c.id)::int as records_total,
       (select count(*) from records x where x.community_id = c.id and x.fresh)::int as records_fresh,
       (select count(*) from floating f where f.community_id = c.id)::int as floating_total,
       (select count(*) from floating f where f.community_id = c.id and f.registered)::int as floating_registered,
       (select count(*) from rentals h where h.community_id = c.id)::int as rentals_total,
       (select count(*) from rentals h where h.community_id = c.id and h.registered)::int as rentals_registered,
       (select count(*) from rentals h where h.community_id = c.id and h.occupied)::int as rentals_occupied,
       (select count(*) from visit v, bounds b where v.community_id = c.id and v.at >= b.since and v.at < b.at)::int as visits
  from community c, bounds b
 where c.id = any(b.communities)`;

export interface PopulationFactsRow {
  community_id: string;
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
