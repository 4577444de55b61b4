import { Migration } from '@mikro-orm/migrations';

/**
 * Registrations made on the phone: where the officer stood (for time in the community), and a
 * dwelling registered offline keeps its client key, as a resident does.
 */
export class Migration20261202020000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "registered_subject" as enum ('resident', 'housing');`);
    this.addSql(
      `create table "located_registration" ("id" uuid not null, "subject_type" "registered_subject" not null, "subject_id" uuid not null, "officer_id" uuid not null, "community_id" uuid not null, "at" timestamptz not null, "lat" double precision not null, "lng" double precision not null, "accuracy" double precision null, "in_community" boolean not null, constraint "located_registration_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "located_registration" add constraint "located_registration_subject_id_unique" unique ("subject_id");`);
    this.addSql(`create index "located_registration_officer_id_at_index" on "located_registration" ("officer_id", "at");`);
    this.addSql(`alter table "housing" add column "client_key" uuid null, add column "registered_by" varchar(255) null;`);
    this.addSql(`alter table "housing" add constraint "housing_client_key_unique" unique ("client_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "housing" drop constraint "housing_client_key_unique", drop column "client_key", drop column "registered_by";`);
    this.addSql(`drop table if exists "located_registration" cascade;`);
    this.addSql(`drop type if exists "registered_subject";`);
  }
}
