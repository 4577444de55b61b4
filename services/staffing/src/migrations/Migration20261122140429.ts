import { Migration } from '@mikro-orm/migrations';
import { STANDARD_PATTERNS } from '../modules/roster/generate-roster';

export class Migration20261122140429 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "restricted_duty" as enum ('patrol_car', 'regular_duty', 'casework', 'transfer');`);
    this.addSql(`create type "approval_status" as enum ('pending', 'approved', 'rejected', 'revoked');`);
    this.addSql(`create type "reinforcement_level" as enum ('none', 'level_one');`);
    this.addSql(`create type "presence_closure" as enum ('check_out', 'next_check_in', 'capped');`);
    this.addSql(`create type "presence_source" as enum ('phone', 'console');`);
    this.addSql(
      `create table "approval" ("id" uuid not null, "station_id" uuid not null, "officer_id" uuid not null, "kind" "restricted_duty" not null, "reason" text not null, "requested_by" varchar(255) not null, "requested_at" timestamptz not null, "status" "approval_status" not null, "decided_by" varchar(255) null, "decided_at" timestamptz null, "decision_note" text null, "valid_from" timestamptz not null, "valid_until" timestamptz not null, "details" jsonb null, "version" int not null default 1, constraint "approval_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "approval_officer_id_kind_status_index" on "approval" ("officer_id", "kind", "status");`);
    this.addSql(`create index "approval_station_id_status_index" on "approval" ("station_id", "status");`);

    this.addSql(
      `create table "duty_assignment" ("id" uuid not null, "officer_id" uuid not null, "kind" varchar(255) not null, "reinforcement" "reinforcement_level" not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "approval_id" uuid null, "assigned_by" varchar(255) not null, "assigned_at" timestamptz not null, "note" text null, constraint "duty_assignment_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "duty_assignment_officer_id_starts_at_index" on "duty_assignment" ("officer_id", "starts_at");`);

    this.addSql(
      `create table "approval_event" ("id" uuid not null, "approval_id" uuid not null, "at" timestamptz not null, "action" varchar(255) not null, "actor_name" varchar(255) not null, "note" text null, constraint "approval_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "approval_event_approval_id_index" on "approval_event" ("approval_id");`);

    this.addSql(
      `create table "police_group" ("id" uuid not null, "station_id" uuid not null, "name" varchar(255) not null, "leader_id" uuid null, "version" int not null default 1, constraint "police_group_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "police_group_station_id_index" on "police_group" ("station_id");`);
    this.addSql(`alter table "police_group" add constraint "police_group_station_id_name_unique" unique ("station_id", "name");`);

    this.addSql(
      `create table "police_group_member" ("officer_id" uuid not null, "group_id" uuid not null, constraint "police_group_member_pkey" primary key ("officer_id"));`,
    );
    this.addSql(`create index "police_group_member_group_id_index" on "police_group_member" ("group_id");`);

    this.addSql(
      `create table "post_history" ("id" uuid not null, "officer_id" uuid not null, "community_id" uuid not null, "role" varchar(255) not null, "started_at" timestamptz not null, "ended_at" timestamptz null, "reason" varchar(255) null, constraint "post_history_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "post_history_officer_id_index" on "post_history" ("officer_id");`);

    this.addSql(
      `create table "community_presence" ("id" uuid not null, "officer_id" uuid not null, "community_id" uuid not null, "check_in_at" timestamptz not null, "check_out_at" timestamptz null, "closure" "presence_closure" null, "source" "presence_source" not null, constraint "community_presence_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "community_presence_officer_id_check_in_at_index" on "community_presence" ("officer_id", "check_in_at");`);

    this.addSql(
      `create table "roster_shift" ("id" uuid not null, "station_id" uuid not null, "group_id" uuid not null, "day" date not null, "shift_code" varchar(255) not null, "shift_name" varchar(255) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "edited" boolean not null default false, "note" varchar(255) null, "version" int not null default 1, constraint "roster_shift_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "roster_shift_group_id_index" on "roster_shift" ("group_id");`);
    this.addSql(`create index "roster_shift_station_id_starts_at_index" on "roster_shift" ("station_id", "starts_at");`);
    this.addSql(`alter table "roster_shift" add constraint "roster_shift_group_id_starts_at_unique" unique ("group_id", "starts_at");`);

    this.addSql(
      `create table "shift_pattern" ("id" uuid not null, "code" varchar(255) not null, "name" varchar(255) not null, "shifts" jsonb not null, "cycle" jsonb not null, "group_count" int not null, "description" text null, constraint "shift_pattern_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "shift_pattern" add constraint "shift_pattern_code_unique" unique ("code");`);

    this.addSql(
      `create table "staffing_rules" ("id" int not null default 1 check ("id" = 1), "full_time_share" double precision not null default 0.8, "part_time_share" double precision not null default 0.4, "max_stay_hours" int not null default 10, "standard_week_hours" int not null default 40, "residents_per_officer" int not null default 3000, "households_per_officer" int not null default 1000, "community_police_share" double precision not null default 0.4, "version" int not null default 1, constraint "staffing_rules_pkey" primary key ("id"));`,
    );

    this.addSql(
      `alter table "approval" add constraint "approval_officer_id_foreign" foreign key ("officer_id") references "officer" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "duty_assignment" add constraint "duty_assignment_officer_id_foreign" foreign key ("officer_id") references "officer" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "duty_assignment" add constraint "duty_assignment_approval_id_foreign" foreign key ("approval_id") references "approval" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "approval_event" add constraint "approval_event_approval_id_foreign" foreign key ("approval_id") references "approval" ("id") on update cascade on delete no action;`,
    );

    this.addSql(
      `alter table "police_group" add constraint "police_group_leader_id_foreign" foreign key ("leader_id") references "officer" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "police_group_member" add constraint "police_group_member_officer_id_foreign" foreign key ("officer_id") references "officer" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "police_group_member" add constraint "police_group_member_group_id_foreign" foreign key ("group_id") references "police_group" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "post_history" add constraint "post_history_officer_id_foreign" foreign key ("officer_id") references "officer" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "community_presence" add constraint "community_presence_officer_id_foreign" foreign key ("officer_id") references "officer" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "roster_shift" add constraint "roster_shift_group_id_foreign" foreign key ("group_id") references "police_group" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(`alter type "officer_role" add value if not exists 'community_auxiliary' after 'case_team';`);

    this.addSql(`alter type "post_role" add value if not exists 'AUX' after 'B';`);

    this.addSql(`alter table "community_post" drop constraint "community_post_community_id_role_unique";`);

    this.addSql(`create unique index "community_post_ab_unique" on "community_post" ("community_id", "role") where "role" in ('A', 'B');`);

    // an approval's trail is evidence: no update, no delete
    this.addSql(
      `create function approval_event_append_only() returns trigger language plpgsql as $$ begin raise exception 'approval_event is append-only'; end $$;`,
    );
    this.addSql(
      `create trigger approval_event_append_only before update or delete on "approval_event" for each row execute function approval_event_append_only();`,
    );
    this.addSql(`insert into "staffing_rules" ("id") values (1);`);
    // the patterns of the texts, as data (more can be added the same way)
    for (const p of STANDARD_PATTERNS) {
      this.addSql(
        this.getKnex().raw(
          `insert into "shift_pattern" ("id", "code", "name", "shifts", "cycle", "group_count", "description") values (gen_random_uuid(), ?, ?, ?::jsonb, ?::jsonb, ?, ?);`,
          [p.code, p.name, JSON.stringify(p.shifts), JSON.stringify(p.cycle), p.groupCount, p.description],
        ),
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists approval_event_append_only() cascade;`);
    this.addSql(`alter table "duty_assignment" drop constraint "duty_assignment_approval_id_foreign";`);

    this.addSql(`alter table "approval_event" drop constraint "approval_event_approval_id_foreign";`);

    this.addSql(`alter table "police_group_member" drop constraint "police_group_member_group_id_foreign";`);

    this.addSql(`alter table "roster_shift" drop constraint "roster_shift_group_id_foreign";`);

    this.addSql(`drop table if exists "approval" cascade;`);

    this.addSql(`drop table if exists "duty_assignment" cascade;`);

    this.addSql(`drop table if exists "approval_event" cascade;`);

    this.addSql(`drop table if exists "police_group" cascade;`);

    this.addSql(`drop table if exists "police_group_member" cascade;`);

    this.addSql(`drop table if exists "post_history" cascade;`);

    this.addSql(`drop table if exists "community_presence" cascade;`);

    this.addSql(`drop table if exists "roster_shift" cascade;`);

    this.addSql(`drop table if exists "shift_pattern" cascade;`);

    this.addSql(`drop table if exists "staffing_rules" cascade;`);

    this.addSql(`drop index "community_post_ab_unique";`);

    this.addSql(`alter table "community_post" add constraint "community_post_community_id_role_unique" unique ("community_id", "role");`);

    this.addSql(`drop type "restricted_duty";`);
    this.addSql(`drop type "approval_status";`);
    this.addSql(`drop type "reinforcement_level";`);
    this.addSql(`drop type "presence_closure";`);
    this.addSql(`drop type "presence_source";`);
  }
}
