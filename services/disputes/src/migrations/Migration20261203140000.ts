import { Migration } from '@mikro-orm/migrations';

/** The ledger sorted by risk level (the gravest first), its pages read off an index like the default newest-first order. */
export class Migration20261203140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index if not exists "dispute_risk_level_id_index" on "dispute" ("risk_level", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "dispute_risk_level_id_index";`);
  }
}
