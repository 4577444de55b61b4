/** Stores a batch's verdicts; a batch sent again (a retry) replaces its rows instead of adding them. */
export const UPSERT_ROWS = `
insert into import_row (job_id, row_no, status, label, data, errors)
select ?::uuid, r.row_no, r.status::import_row_status, r.label, r.data, r.errors
  from jsonb_to_recordset(?::jsonb) as r(row_no int, status text, label text, data jsonb, errors jsonb)
on conflict (job_id, row_no) do update set status = excluded.status, label = excluded.label, data = excluded.data, errors = excluded.errors`;

/** Accepted rows of the job whose document (or address) another row of the job outside `rowNos` already holds. */
export const EARLIER_DOCUMENTS = `
select concat(data->>'documentKind', '|', coalesce(data->>'nationality', ''), '|', data->>'idNumber') as key
  from import_row where job_id = ? and status = 'accepted' and row_no <> all(?::int[])
   and concat(data->>'documentKind', '|', coalesce(data->>'nationality', ''), '|', data->>'idNumber') = any(?::text[])`;
export const EARLIER_ADDRESSES = `
select data->>'addressId' as key
  from import_row where job_id = ? and status = 'accepted' and row_no <> all(?::int[]) and data->>'addressId' = any(?::text[])`;

/**
 * The commit: every accepted row inserted in one statement; a row whose person (or dwelling) was
 * registered meanwhile conflicts and is marked skipped, never written twice. `?`: station,
 * community (in `values`), job, job.
 */
const writeAccepted = (target: string, values: string) => `
with ins as (
  insert into ${target}
  select ${values}
    from import_row r, lateral (select r.data as d) x
   where r.job_id = ? and r.status = 'accepted'
   order by r.row_no
  on conflict do nothing
  returning id
)
-- \`in (select …)\`, not a correlated \`exists\`: PostgreSQL hashes the written ids once (the exists
-- scanned them for every row: ten thousand rows took longer than the gateway waits)
update import_row r
   set status = (case when (r.data->>'id')::uuid in (select id from ins) then 'written' else 'skipped' end)::import_row_status
 where r.job_id = ? and r.status = 'accepted'
returning r.status`;

export const WRITE_RESIDENTS = writeAccepted(
  `resident (id, name, id_number, document_kind, nationality, sex, birth_date, phone, kind, origin_area,
                        arrived_on, residence_registered_on, station_id, community_id, address_id, version)`,
  `(d->>'id')::uuid, d->>'name', d->>'idNumber', (d->>'documentKind')::document_kind, d->>'nationality', (d->>'sex')::sex,
         (d->>'birthDate')::date, d->>'phone', (d->>'kind')::resident_kind, d->>'originArea',
         (d->>'arrivedOn')::date, (d->>'residenceRegisteredOn')::date, ?::uuid, ?::uuid, (d->>'addressId')::uuid, 1`,
);

export const WRITE_HOUSING = writeAccepted(
  `housing (id, address_id, station_id, community_id, kind, use, landlord_name, landlord_phone, rented_since, rental_registered_on, version)`,
  `(d->>'id')::uuid, (d->>'addressId')::uuid, ?::uuid, ?::uuid, (d->>'kind')::housing_kind, (d->>'use')::housing_use,
         d->>'landlordName', d->>'landlordPhone', (d->>'rentedSince')::date, (d->>'rentalRegisteredOn')::date, 1`,
);

/** Rows of a job by verdict. */
export const ROW_COUNTS = `select job_id, status, count(*)::int as n from import_row where job_id = any(?::uuid[]) group by job_id, status`;
