import { Migration } from '@mikro-orm/migrations';

/** The tables the population facts are computed from, with a community of their own. */
const PER_COMMUNITY = ['resident', 'visit', 'unit', 'housing', 'focus_person'];
/** The tables every community's facts depend on (schedules, categories, where addresses lie). */
const DISTRICT_WIDE = ['population_rules', 'focus_category', 'standard_address', 'grid'];
/** The district's own epoch: a change to a district-wide table outdates every community's facts. */
const DISTRICT = '00000000-0000-0000-0000-000000000000';

/**
 * Kept population facts: computed once per place and period, and valid while nothing they are
 * computed from has changed. Every write to a table the facts read bumps an epoch (its
 * community's, or the district's) in the same transaction, by statement-level triggers (one
 * bump per statement, so a 10,000-row import costs one). A kept row records the epochs it was
 * computed under, read in the computing statement's own snapshot, so a write that lands while
 * it is computed outdates it too: kept facts are never stale, only recomputed.
 */
export class Migration20261202030000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "population_facts_epoch" ("community_id" uuid not null primary key, "epoch" bigint not null default 0);`);
    this.addSql(
      `create table "population_facts_kept" ("level" varchar(16) not null, "place_id" uuid not null, "since" timestamptz not null, "at" timestamptz not null, "community_id" uuid not null, "epoch" bigint not null, "district_epoch" bigint not null, "facts" jsonb not null, "computed_at" timestamptz not null default now(), constraint "population_facts_kept_pkey" primary key ("level", "since", "at", "place_id"));`,
    );
    this.addSql(`
      create function population_facts_touch() returns trigger language plpgsql as $$
      begin
        -- one statement, in community order: two writers lock the epochs they share in the same order
        if tg_op = 'INSERT' then
          insert into population_facts_epoch as e (community_id, epoch)
            select distinct community_id, 1 from new_rows where community_id is not null order by 1
          on conflict (community_id) do update set epoch = e.epoch + 1;
        elsif tg_op = 'DELETE' then
          insert into population_facts_epoch as e (community_id, epoch)
            select distinct community_id, 1 from old_rows where community_id is not null order by 1
          on conflict (community_id) do update set epoch = e.epoch + 1;
        else
          insert into population_facts_epoch as e (community_id, epoch)
            select community_id, 1 from (select community_id from new_rows union select community_id from old_rows) c where community_id is not null order by 1
          on conflict (community_id) do update set epoch = e.epoch + 1;
        end if;
        return null;
      end $$;`);
    this.addSql(`
      create function population_facts_touch_district() returns trigger language plpgsql as $$
      begin
        insert into population_facts_epoch as e (community_id, epoch) values ('${DISTRICT}', 1)
        on conflict (community_id) do update set epoch = e.epoch + 1;
        return null;
      end $$;`);
    for (const t of PER_COMMUNITY) {
      this.addSql(
        `create trigger "${t}_facts_insert" after insert on "${t}" referencing new table as new_rows for each statement execute function population_facts_touch();`,
      );
      this.addSql(
        `create trigger "${t}_facts_update" after update on "${t}" referencing old table as old_rows new table as new_rows for each statement execute function population_facts_touch();`,
      );
      this.addSql(
        `create trigger "${t}_facts_delete" after delete on "${t}" referencing old table as old_rows for each statement execute function population_facts_touch();`,
      );
    }
    for (const t of DISTRICT_WIDE) {
      this.addSql(
        `create trigger "${t}_facts_change" after insert or update or delete or truncate on "${t}" for each statement execute function population_facts_touch_district();`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const t of PER_COMMUNITY) for (const op of ['insert', 'update', 'delete']) this.addSql(`drop trigger if exists "${t}_facts_${op}" on "${t}";`);
    for (const t of DISTRICT_WIDE) this.addSql(`drop trigger if exists "${t}_facts_change" on "${t}";`);
    this.addSql(`drop function if exists population_facts_touch();`);
    this.addSql(`drop function if exists population_facts_touch_district();`);
    this.addSql(`drop table if exists "population_facts_kept";`);
    this.addSql(`drop table if exists "population_facts_epoch";`);
  }
}
