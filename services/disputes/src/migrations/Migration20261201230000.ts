import { Migration } from '@mikro-orm/migrations';

/** A lead reported from a phone: who registered it, and the client key that makes a resend harmless. */
export class Migration20261201230000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "dispute" add column "registered_by" varchar(255) null, add column "client_key" uuid null;`);
    this.addSql(`alter table "dispute" add constraint "dispute_client_key_unique" unique ("client_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "dispute" drop constraint "dispute_client_key_unique", drop column "registered_by", drop column "client_key";`);
  }
}
