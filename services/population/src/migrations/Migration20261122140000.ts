import { Migration } from '@mikro-orm/migrations';

export class Migration20261122140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "grid" add column "boundary" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "grid" drop column "boundary";`);
  }
}
