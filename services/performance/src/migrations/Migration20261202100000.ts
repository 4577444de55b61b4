import { Migration } from '@mikro-orm/migrations';

/**
 * The district's facts as the other domains last answered them, per period and measuring mark:
 * a ranking or a trend reads them instead of asking three domains for the whole district on
 * every request; the keep-facts job refreshes them, so they lag the records by at most
 * FACTS_FRESH_MINUTES.
 */
export class Migration20261202100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "district_facts_kept" ("since" timestamptz not null, "until" timestamptz not null, "facts" jsonb not null, "computed_at" timestamptz not null, constraint "district_facts_kept_pkey" primary key ("since", "until"));`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "district_facts_kept";`);
  }
}
