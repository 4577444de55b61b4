import { Migration } from '@mikro-orm/migrations';

export class Migration20261123031255 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "focus_kind" as enum ('special', 'care');`);
    this.addSql(`create type "unit_kind" as enum ('business', 'school', 'hospital', 'government', 'other');`);
    this.addSql(`create type "visit_subject" as enum ('resident', 'unit');`);
    this.addSql(`create type "visit_kind" as enum ('visit', 'verification', 'inspection', 'recheck');`);
    this.addSql(`create type "visit_outcome" as enum ('normal', 'issue_found', 'not_met');`);
    this.addSql(
      `create table "focus_category" ("code" varchar(255) not null, "name" varchar(255) not null, "kind" "focus_kind" not null, "visit_every_days" int not null, "sort" int not null, "active" boolean not null default true, "version" int not null default 1, constraint "focus_category_pkey" primary key ("code"));`,
    );
    this.addSql(
      `create table "population_rules" ("id" int not null default 1 check ("id" = 1) primary key, "key_unit_inspection_days" int not null default 90, "unit_inspection_days" int not null default 365, "verification_stale_days" int not null default 180, "floating_verification_days" int not null default 3, "version" int not null default 1);`,
    );
    this.addSql(
      `create table "focus_person" ("id" uuid not null, "resident_id" uuid not null, "category_code" varchar(255) not null, "station_id" uuid not null, "community_id" uuid not null, "since" timestamptz not null, "note" text null, "created_by" varchar(255) not null, "ended_at" timestamptz null, constraint "focus_person_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "focus_person_community_id_ended_at_index" on "focus_person" ("community_id", "ended_at");`);
    this.addSql(
      `create table "unit" ("id" uuid not null, "name" varchar(255) not null, "kind" "unit_kind" not null, "key" boolean not null, "station_id" uuid not null, "community_id" uuid not null, "address_id" uuid null, "contact_name" varchar(255) null, "contact_phone" varchar(255) null, "created_at" timestamptz not null default now(), "version" int not null default 1, constraint "unit_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "unit_station_id_index" on "unit" ("station_id");`);
    this.addSql(`create index "unit_community_id_index" on "unit" ("community_id");`);
    this.addSql(
      `create table "visit" ("id" uuid not null, "subject_type" "visit_subject" not null, "subject_id" uuid not null, "kind" "visit_kind" not null, "outcome" "visit_outcome" not null, "note" text null, "rectify_by" date null, "officer_id" uuid null, "officer_name" varchar(255) not null, "at" timestamptz not null, "station_id" uuid not null, "community_id" uuid not null, constraint "visit_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "visit_community_id_at_index" on "visit" ("community_id", "at");`);
    this.addSql(`create index "visit_subject_id_at_index" on "visit" ("subject_id", "at");`);
    this.addSql(
      `alter table "focus_person" add constraint "focus_person_resident_id_foreign" foreign key ("resident_id") references "resident" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "focus_person" add constraint "focus_person_category_code_foreign" foreign key ("category_code") references "focus_category" ("code") on update cascade;`,
    );
    this.addSql(
      `alter table "focus_person" add constraint "focus_person_station_id_foreign" foreign key ("station_id") references "station" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "focus_person" add constraint "focus_person_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`,
    );
    this.addSql(`alter table "unit" add constraint "unit_station_id_foreign" foreign key ("station_id") references "station" ("id") on update cascade;`);
    this.addSql(`alter table "unit" add constraint "unit_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);
    this.addSql(
      `alter table "unit" add constraint "unit_address_id_foreign" foreign key ("address_id") references "standard_address" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`alter table "resident" add column "verified_at" timestamptz null;`);

    // the visits are what happened: no update, no delete
    this.addSql(`create function visit_append_only() returns trigger language plpgsql as $$ begin raise exception 'visit is append-only'; end $$;`);
    this.addSql(`create trigger visit_append_only before update or delete on "visit" for each row execute function visit_append_only();`);
    this.addSql(`create unique index "focus_person_open_unique" on "focus_person" ("resident_id", "category_code") where "ended_at" is null;`);
    this.addSql(`insert into "population_rules" ("id") values (1);`);
    // default categories and frequencies: configurable data, to be set to the rules in force
    this.addSql(`insert into "focus_category" ("code", "name", "kind", "visit_every_days", "sort") values
      ('mental_illness', '严重精神障碍患者', 'special', 30, 1),
      ('community_correction', '社区矫正对象', 'special', 30, 2),
      ('drug_rehab', '社区戒毒社区康复人员', 'special', 30, 3),
      ('released_prisoner', '刑满释放人员（五年内）', 'special', 90, 4),
      ('juvenile_misconduct', '严重不良行为未成年人', 'special', 30, 5),
      ('bail', '取保候审、监视居住人员', 'special', 30, 6),
      ('petitioner', '重点信访人员', 'special', 30, 7),
      ('extreme_risk', '有肇事肇祸倾向人员', 'special', 14, 8),
      ('cult', '涉邪教人员', 'special', 60, 9),
      ('elderly_alone', '孤寡、空巢老人', 'care', 30, 1),
      ('left_behind_child', '留守儿童', 'care', 30, 2),
      ('seriously_ill', '重病患者', 'care', 60, 3),
      ('hardship', '生活困难群众', 'care', 90, 4);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists visit_append_only() cascade;`);
    this.addSql(`alter table "focus_person" drop constraint "focus_person_category_code_foreign";`);

    this.addSql(`drop table if exists "focus_category" cascade;`);

    this.addSql(`drop table if exists "population_rules" cascade;`);

    this.addSql(`drop table if exists "focus_person" cascade;`);

    this.addSql(`drop table if exists "unit" cascade;`);

    this.addSql(`drop table if exists "visit" cascade;`);

    this.addSql(`alter table "resident" drop column "verified_at";`);

    this.addSql(`drop type "focus_kind";`);
    this.addSql(`drop type "unit_kind";`);
    this.addSql(`drop type "visit_subject";`);
    this.addSql(`drop type "visit_kind";`);
    this.addSql(`drop type "visit_outcome";`);
  }
}
