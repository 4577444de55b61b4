import { Migration } from '@mikro-orm/migrations';

export class Migration20261122120804 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "user_account" add column "failed_logins" int not null default 0, add column "locked_until" timestamptz null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "user_account" drop column "failed_logins", drop column "locked_until";`);
  }
}
