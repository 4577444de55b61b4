import { Migration } from '@mikro-orm/migrations';

/** The task ledger reads a station's tasks of a period; the weekly summaries sent to the station heads. */
export class Migration20261201200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "task_station_id_issued_at_index" on "task" ("station_id", "issued_at");`);
    this.addSql(
      `create table "task_weekly_summary" ("station_id" uuid not null, "week" varchar(8) not null, "sent_at" timestamptz not null, "lines" jsonb not null, "pushes_admitted" int not null, "pushes_refused" int not null, constraint "task_weekly_summary_pkey" primary key ("station_id", "week"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "task_weekly_summary" cascade;`);
    this.addSql(`drop index "task_station_id_issued_at_index";`);
  }
}
