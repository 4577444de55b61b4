import { Migration } from '@mikro-orm/migrations';

/** The ledgers read a station's or an officer's records of a period. */
export class Migration20261201200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "visit_station_id_at_index" on "visit" ("station_id", "at");`);
    this.addSql(`create index "visit_officer_id_at_index" on "visit" ("officer_id", "at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "visit_station_id_at_index";`);
    this.addSql(`drop index "visit_officer_id_at_index";`);
  }
}
