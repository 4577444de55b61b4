import { Migration } from '@mikro-orm/migrations';

/**
 * The field app: a visit keeps where the phone was and whether that lies in the community; a
 * visit or a registration queued offline keeps its client key, so a resend adds nothing.
 */
export class Migration20261201220000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "visit" add column "lat" double precision null, add column "lng" double precision null, add column "accuracy" double precision null, add column "in_community" boolean null, add column "client_key" uuid null;`,
    );
    this.addSql(`alter table "visit" add constraint "visit_client_key_unique" unique ("client_key");`);
    this.addSql(`alter table "resident" add column "client_key" uuid null, add column "registered_by" varchar(255) null;`);
    this.addSql(`alter table "resident" add constraint "resident_client_key_unique" unique ("client_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "resident" drop constraint "resident_client_key_unique", drop column "client_key", drop column "registered_by";`);
    this.addSql(
      `alter table "visit" drop constraint "visit_client_key_unique", drop column "lat", drop column "lng", drop column "accuracy", drop column "in_community", drop column "client_key";`,
    );
  }
}
