import { Migration } from '@mikro-orm/migrations';

/**
 * The times a dispute's weekly progress was overdue and then met: a period's "overdue disputes"
 * counts what was overdue during it (a June dispute still overdue in November counts in
 * November), not only what was reported in it and is overdue today.
 */
export class Migration20261203100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "dispute_overdue_span" ("id" uuid not null, "dispute_id" uuid not null, "since" timestamptz not null, "until" timestamptz not null, constraint "dispute_overdue_span_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "dispute_overdue_span_dispute_id_index" on "dispute_overdue_span" ("dispute_id");`);
    this.addSql(`create index "dispute_overdue_span_until_index" on "dispute_overdue_span" ("until");`);
    this.addSql(
      `alter table "dispute_overdue_span" add constraint "dispute_overdue_span_dispute_id_foreign" foreign key ("dispute_id") references "dispute" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "dispute_overdue_span" cascade;`);
  }
}
