import { Migration } from '@mikro-orm/migrations';

export class Migration20261123073532 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "household_kind" as enum ('family', 'collective');`);
    this.addSql(`create type "household_relation" as enum ('head', 'spouse', 'child', 'parent', 'other');`);
    this.addSql(
      `create table "household" ("id" uuid not null, "household_no" varchar(255) not null, "kind" "household_kind" not null, "station_id" uuid not null, "community_id" uuid not null, "address_id" uuid null, "created_at" timestamptz not null default now(), "version" int not null default 1, constraint "household_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "household" add constraint "household_household_no_unique" unique ("household_no");`);
    this.addSql(`create index "household_community_id_index" on "household" ("community_id");`);
    this.addSql(
      `create table "household_member" ("resident_id" uuid not null, "household_id" uuid not null, "relation" "household_relation" not null, constraint "household_member_pkey" primary key ("resident_id"));`,
    );
    this.addSql(`create index "household_member_household_id_index" on "household_member" ("household_id");`);
    this.addSql(`create unique index "household_one_head" on "household_member" ("household_id") where "relation" = 'head';`);
    this.addSql(
      `alter table "household" add constraint "household_station_id_foreign" foreign key ("station_id") references "station" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "household" add constraint "household_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "household" add constraint "household_address_id_foreign" foreign key ("address_id") references "standard_address" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "household_member" add constraint "household_member_resident_id_foreign" foreign key ("resident_id") references "resident" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "household_member" add constraint "household_member_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "household_member" drop constraint "household_member_household_id_foreign";`);
    this.addSql(`drop table if exists "household" cascade;`);
    this.addSql(`drop table if exists "household_member" cascade;`);
    this.addSql(`drop type "household_kind";`);
    this.addSql(`drop type "household_relation";`);
  }
}
