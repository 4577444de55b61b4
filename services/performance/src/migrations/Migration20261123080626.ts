import { Migration } from '@mikro-orm/migrations';

export class Migration20261123080626 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "warning_kind" as enum ('yellow_card', 'talk', 'supervision');`);
    this.addSql(
      `create table "performance_warning" ("id" uuid not null, "period_code" varchar(255) not null, "level" "scope_level" not null, "scope_id" uuid not null, "scope_name" varchar(255) not null, "station_id" uuid not null, "kind" "warning_kind" not null, "reason" text not null, "issued_at" timestamptz not null, "acknowledged_at" timestamptz null, "acknowledged_by" varchar(255) null, "response" text null, "version" int not null default 1, constraint "performance_warning_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "performance_warning_station_id_acknowledged_at_index" on "performance_warning" ("station_id", "acknowledged_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "performance_warning" cascade;`);
    this.addSql(`drop type "warning_kind";`);
  }
}
