import { Migration } from '@mikro-orm/migrations';

export class Migration20261123065425 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "document_kind" as enum ('resident_id', 'passport');`);
    this.addSql(`create type "housing_kind" as enum ('building', 'bungalow', 'courtyard', 'other');`);
    this.addSql(`create type "housing_use" as enum ('self_occupied', 'rented', 'business', 'vacant');`);
    this.addSql(
      `create table "housing" ("id" uuid not null, "address_id" uuid not null, "station_id" uuid not null, "community_id" uuid not null, "kind" "housing_kind" not null, "use" "housing_use" not null, "landlord_id" uuid null, "landlord_name" varchar(255) null, "landlord_phone" varchar(255) null, "rented_since" date null, "rental_registered_on" date null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, constraint "housing_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "housing" add constraint "housing_address_id_unique" unique ("address_id");`);
    this.addSql(`create index "housing_station_id_index" on "housing" ("station_id");`);
    this.addSql(`create index "housing_community_id_index" on "housing" ("community_id");`);

    this.addSql(
      `alter table "housing" add constraint "housing_address_id_foreign" foreign key ("address_id") references "standard_address" ("id") on update cascade;`,
    );
    this.addSql(`alter table "housing" add constraint "housing_station_id_foreign" foreign key ("station_id") references "station" ("id") on update cascade;`);
    this.addSql(
      `alter table "housing" add constraint "housing_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "housing" add constraint "housing_landlord_id_foreign" foreign key ("landlord_id") references "resident" ("id") on update cascade on delete set null;`,
    );

    this.addSql(`alter table "resident" drop constraint "resident_id_number_unique";`);

    this.addSql(
      `alter table "resident" add column "document_kind" "document_kind" not null default 'resident_id', add column "nationality" varchar(3) null, add column "arrived_on" date null, add column "residence_registered_on" date null;`,
    );
    this.addSql(`alter table "resident" alter column "id_number" type varchar(30) using ("id_number"::varchar(30));`);
    this.addSql(`create unique index "resident_document_unique" on "resident" ("document_kind", coalesce("nationality", ''), "id_number");`);
    this.addSql(`alter table "resident" add constraint "resident_passport_nationality" check ("document_kind" = 'resident_id' or "nationality" is not null);`);
    this.addSql(`create index "resident_address_id_index" on "resident" ("address_id");`);
    this.addSql(`create index "standard_address_reverse_text_index" on "standard_address" (reverse("full_text") text_pattern_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "housing" cascade;`);

    this.addSql(`drop index "standard_address_reverse_text_index";`);
    this.addSql(`drop index "resident_address_id_index";`);
    this.addSql(`alter table "resident" drop constraint "resident_passport_nationality";`);
    this.addSql(`drop index "resident_document_unique";`);
    this.addSql(
      `alter table "resident" drop column "document_kind", drop column "nationality", drop column "arrived_on", drop column "residence_registered_on";`,
    );

    this.addSql(`alter table "resident" alter column "id_number" type varchar(18) using ("id_number"::varchar(18));`);
    this.addSql(`alter table "resident" add constraint "resident_id_number_unique" unique ("id_number");`);

    this.addSql(`drop type "document_kind";`);
    this.addSql(`drop type "housing_kind";`);
    this.addSql(`drop type "housing_use";`);
  }
}
