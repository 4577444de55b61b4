import { Migration } from '@mikro-orm/migrations';

export class Migration20261123074500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "visit_subject" add value if not exists 'housing';`);
  }

  override async down(): Promise<void> {
    // an enum value cannot be dropped while rows may use it; it stays
  }
}
