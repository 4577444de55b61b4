import { Migration } from '@mikro-orm/migrations';

/**
 * Residents by ID number alone (an import's duplicate check, a search by a full document number):
 * the unique index leads with the document kind, which PostgreSQL 15 cannot skip, so those
 * lookups read the whole register (a 500-row import batch took twice as long at 1 M residents).
 */
export class Migration20261202040000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index if not exists "resident_id_number_index" on "resident" ("id_number");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "resident_id_number_index";`);
  }
}
