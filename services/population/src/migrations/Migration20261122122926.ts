import { Migration } from '@mikro-orm/migrations';

export class Migration20261122122926 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "personal_data_access" add column "client_address" varchar(255) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "personal_data_access" drop column "client_address";`);
  }
}
