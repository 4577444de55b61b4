import { Migration } from '@mikro-orm/migrations';

export class Migration20261201190000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "task_daily_list" ("officer_id" uuid not null, "day" varchar(10) not null, "sent_at" timestamptz not null, "open" int not null, "due_today" int not null, "overdue" int not null, "standing" int not null, "directed" int not null, "pushed" int not null, constraint "task_daily_list_pkey" primary key ("officer_id", "day"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "task_daily_list" cascade;`);
  }
}
