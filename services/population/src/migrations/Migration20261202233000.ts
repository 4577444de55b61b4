import { Migration } from '@mikro-orm/migrations';

/**
 * The references to a resident that had no index of their own: every resident removed (a merge,
 * the benchmark's clean-up) looked through all dwellings for a landlord to clear, and through all
 * focus records — 10,000 residents removed took over six minutes at a million residents.
 */
export class Migration20261202233000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index if not exists "housing_landlord_id_index" on "housing" ("landlord_id") where "landlord_id" is not null;`);
    this.addSql(`create index if not exists "focus_person_resident_id_index" on "focus_person" ("resident_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "focus_person_resident_id_index";`);
    this.addSql(`drop index if exists "housing_landlord_id_index";`);
  }
}
