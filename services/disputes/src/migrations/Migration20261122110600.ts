import { Migration } from '@mikro-orm/migrations';

export class Migration20261122110600 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "dispute_source" as enum ('police_call', 'community_found', 'after_case', 'walk_in', 'grid_report');`);
    this.addSql(`create type "dispute_status" as enum ('registered', 'assessed', 'in_mediation', 'resolved', 'transferred', 'escalated');`);
    this.addSql(`create type "risk_level" as enum ('general', 'major', 'serious');`);
    this.addSql(
      `create table "dispute" ("id" uuid not null, "title" varchar(255) not null, "category" varchar(255) not null, "source" "dispute_source" not null, "status" "dispute_status" not null, "risk_level" "risk_level" not null, "community_id" uuid not null, "station_id" uuid not null, "reported_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, constraint "dispute_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "dispute_station_id_index" on "dispute" ("station_id");`);
    this.addSql(`create index "dispute_community_id_status_index" on "dispute" ("community_id", "status");`);

    this.addSql(
      `create table "dispute_party" ("id" uuid not null, "dispute_id" uuid not null, "resident_id" uuid null, "name" varchar(255) not null, constraint "dispute_party_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "dispute_party_dispute_id_index" on "dispute_party" ("dispute_id");`);
    this.addSql(`create index "dispute_party_resident_id_index" on "dispute_party" ("resident_id");`);

    this.addSql(
      `alter table "dispute_party" add constraint "dispute_party_dispute_id_foreign" foreign key ("dispute_id") references "dispute" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "dispute_party" drop constraint "dispute_party_dispute_id_foreign";`);

    this.addSql(`drop table if exists "dispute" cascade;`);

    this.addSql(`drop table if exists "dispute_party" cascade;`);

    this.addSql(`drop type "dispute_source";`);
    this.addSql(`drop type "dispute_status";`);
    this.addSql(`drop type "risk_level";`);
  }
}
