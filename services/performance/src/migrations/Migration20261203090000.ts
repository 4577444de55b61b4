import { Migration } from '@mikro-orm/migrations';

/**
 * A survey round is corrected by a new round that names it (the original kept as entered); at
 * most one correction per round, so two people correcting the same round at once cannot both win.
 */
export class Migration20261203090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "survey_round" add column "corrects_id" uuid null references "survey_round" ("id");`);
    this.addSql(`create unique index "survey_round_corrects_id_unique" on "survey_round" ("corrects_id") where "corrects_id" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "survey_round" drop column "corrects_id";`);
  }
}
