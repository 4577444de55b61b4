import { Migration } from '@mikro-orm/migrations';

/** Manual indicators' values, each with its evidence. */
export class Migration20261123091741 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "manual_value" ("id" uuid not null, "indicator_id" uuid not null, "period_code" varchar(255) not null, "community_id" uuid not null, "station_id" uuid not null, "value" numeric(10,2) not null, "evidence" text not null, "recorded_by" varchar(255) not null, "recorded_at" timestamptz not null, "version" int not null default 1, constraint "manual_value_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "manual_value" add constraint "manual_value_indicator_id_period_code_community_id_unique" unique ("indicator_id", "period_code", "community_id");`,
    );

    this.addSql(
      `alter table "manual_value" add constraint "manual_value_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade;`,
    );
    this.addSql(`alter table "manual_value" add constraint "manual_value_value_check" check (value >= 0);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "manual_value" cascade;`);
  }
}
