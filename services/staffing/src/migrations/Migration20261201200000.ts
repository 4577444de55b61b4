import { Migration } from '@mikro-orm/migrations';

/** A partner client may be a functional department's own system, pushing tasks as that department. */
export class Migration20261201200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "partner_client" add column "department_code" varchar(64) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "partner_client" drop column "department_code";`);
  }
}
