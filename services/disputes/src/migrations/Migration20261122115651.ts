import { Migration } from '@mikro-orm/migrations';

export class Migration20261122115651 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "dispute_reported_at_id_index" on "dispute" ("reported_at", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "dispute_reported_at_id_index";`);
  }
}
