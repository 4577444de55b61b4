import { Migration } from '@mikro-orm/migrations';

export class Migration20261122110116 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "grid_kind" as enum ('police', 'government');`);
    this.addSql(`create type "sex" as enum ('male', 'female');`);
    this.addSql(`create type "resident_kind" as enum ('registered', 'floating', 'foreign');`);
    this.addSql(
      `create table "station" ("id" uuid not null, "code" varchar(255) not null, "name" varchar(255) not null, "district_id" uuid not null, "district_name" varchar(255) not null, constraint "station_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "station" add constraint "station_code_unique" unique ("code");`);

    this.addSql(
      `create table "community" ("id" uuid not null, "code" varchar(255) not null, "name" varchar(255) not null, "station_id" uuid not null, constraint "community_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "community" add constraint "community_code_unique" unique ("code");`);
    this.addSql(`create index "community_station_id_index" on "community" ("station_id");`);

    this.addSql(
      `create table "grid" ("id" uuid not null, "name" varchar(255) not null, "kind" "grid_kind" not null, "community_id" uuid not null, constraint "grid_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "grid_community_id_index" on "grid" ("community_id");`);

    this.addSql(
      `create table "standard_address" ("id" uuid not null, "full_text" varchar(255) not null, "community_id" uuid not null, "grid_id" uuid null, "lat" double precision null, "lng" double precision null, constraint "standard_address_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "standard_address" add constraint "standard_address_full_text_unique" unique ("full_text");`);
    this.addSql(`create index "standard_address_community_id_index" on "standard_address" ("community_id");`);

    this.addSql(
      `create table "resident" ("id" uuid not null, "name" varchar(255) not null, "id_number" varchar(18) not null, "sex" "sex" not null, "birth_date" date not null, "phone" varchar(255) null, "kind" "resident_kind" not null, "origin_area" varchar(6) null, "station_id" uuid not null, "community_id" uuid not null, "address_id" uuid null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, constraint "resident_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "resident" add constraint "resident_id_number_unique" unique ("id_number");`);
    this.addSql(`create index "resident_station_id_index" on "resident" ("station_id");`);
    this.addSql(`create index "resident_community_id_id_index" on "resident" ("community_id", "id");`);

    this.addSql(
      `alter table "community" add constraint "community_station_id_foreign" foreign key ("station_id") references "station" ("id") on update cascade;`,
    );

    this.addSql(`alter table "grid" add constraint "grid_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`);

    this.addSql(
      `alter table "standard_address" add constraint "standard_address_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "standard_address" add constraint "standard_address_grid_id_foreign" foreign key ("grid_id") references "grid" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "resident" add constraint "resident_station_id_foreign" foreign key ("station_id") references "station" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "resident" add constraint "resident_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "resident" add constraint "resident_address_id_foreign" foreign key ("address_id") references "standard_address" ("id") on update cascade on delete set null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "community" drop constraint "community_station_id_foreign";`);

    this.addSql(`alter table "resident" drop constraint "resident_station_id_foreign";`);

    this.addSql(`alter table "grid" drop constraint "grid_community_id_foreign";`);

    this.addSql(`alter table "standard_address" drop constraint "standard_address_community_id_foreign";`);

    this.addSql(`alter table "resident" drop constraint "resident_community_id_foreign";`);

    this.addSql(`alter table "standard_address" drop constraint "standard_address_grid_id_foreign";`);

    this.addSql(`alter table "resident" drop constraint "resident_address_id_foreign";`);

    this.addSql(`drop table if exists "station" cascade;`);

    this.addSql(`drop table if exists "community" cascade;`);

    this.addSql(`drop table if exists "grid" cascade;`);

    this.addSql(`drop table if exists "standard_address" cascade;`);

    this.addSql(`drop table if exists "resident" cascade;`);

    this.addSql(`drop type "grid_kind";`);
    this.addSql(`drop type "sex";`);
    this.addSql(`drop type "resident_kind";`);
  }
}
