import { Migration } from '@mikro-orm/migrations';

export class Migration20261123081500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "scope_level" add value if not exists 'officer';`);
  }

  override async down(): Promise<void> {
    // an enum value cannot be dropped while rows may use it; it stays
  }
}
