/*
 * The steps of a merge, in one transaction (`?`: the kept id, then the merged id, unless said).
 * Visits are append-only; the trigger lets a merge re-point their subject and nothing else.
 */
export const ALLOW_VISIT_REPOINT = `select set_config('population.merging', 'on', true)`;

export const MOVE_VISITS = `update visit set subject_id = ? where subject_type = 'resident' and subject_id = ?`;

/** A listing both records hold open ends on the duplicate (the kept one's stays); `?`: merged, kept. */
export const END_SHARED_LISTINGS = `
update focus_person set ended_at = now(), note = concat_ws('；', note, '重复记录合并')
 where resident_id = ? and ended_at is null
   and category_code in (select category_code from focus_person where resident_id = ? and ended_at is null)`;

/** Then every listing of the duplicate, open or ended, moves. */
export const MOVE_LISTINGS = `update focus_person set resident_id = ? where resident_id = ?`;

export const MOVE_LANDLORD = `update housing set landlord_id = ? where landlord_id = ?`;

/** The duplicate's household membership moves when the kept record has none. */
export const MOVE_MEMBERSHIP = `
update household_member set resident_id = ? where resident_id = ? and not exists (select 1 from household_member where resident_id = ?)`;

/** Records merged earlier into the duplicate now lead to the kept one. */
export const MOVE_EARLIER_MERGES = `update resident_merge set kept_id = ? where kept_id = ?`;

/** `?`: kept id, merged by, reason, visits moved, merged id. */
export const RECORD_MERGE = `
insert into resident_merge (merged_id, kept_id, merged_at, merged_by, reason, snapshot, visits_moved)
select r.id, ?, now(), ?, ?, to_jsonb(r), ? from resident r where r.id = ?`;

/** The kept record takes what only the duplicate knew; `?`: kept id, merged id, kept version. */
export const FILL_GAPS = `
update resident k
   set phone = coalesce(k.phone, m.phone),
       address_id = coalesce(k.address_id, m.address_id),
       origin_area = coalesce(k.origin_area, m.origin_area),
       arrived_on = coalesce(k.arrived_on, m.arrived_on),
       residence_registered_on = coalesce(k.residence_registered_on, m.residence_registered_on),
       verified_at = greatest(k.verified_at, m.verified_at),
       updated_at = now(),
       version = k.version + 1
  from resident m
 where k.id = ? and m.id = ? and k.version = ?`;

/** `?`: merged id, merged version. */
export const DELETE_MERGED = `delete from resident where id = ? and version = ?`;
