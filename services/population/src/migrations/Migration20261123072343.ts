import { Migration } from '@mikro-orm/migrations';

export class Migration20261123072343 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "resident_merge" ("merged_id" uuid not null, "kept_id" uuid not null, "merged_at" timestamptz not null, "merged_by" varchar(255) not null, "reason" text not null, "snapshot" jsonb not null, "visits_moved" int not null, constraint "resident_merge_pkey" primary key ("merged_id"));`,
    );
    this.addSql(`create index "resident_merge_kept_id_index" on "resident_merge" ("kept_id");`);
    this.addSql(
      `alter table "resident_merge" add constraint "resident_merge_kept_id_foreign" foreign key ("kept_id") references "resident" ("id") on update cascade;`,
    );
    // visits stay append-only, except that a merge of duplicate residents re-points their subject
    this.addSql(`create or replace function visit_append_only() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' and current_setting('population.merging', true) = 'on'
           and (to_jsonb(new) - 'subject_id') = (to_jsonb(old) - 'subject_id') then
          return new;
        end if;
        raise exception 'visit is append-only';
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create or replace function visit_append_only() returns trigger language plpgsql as $$ begin raise exception 'visit is append-only'; end $$;`);
    this.addSql(`drop table if exists "resident_merge" cascade;`);
  }
}
