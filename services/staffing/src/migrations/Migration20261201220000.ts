import { Migration } from '@mikro-orm/migrations';

/** Check-ins from the field app: where the phone was, whether inside the community, and client keys for offline resends. */
export class Migration20261201220000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "community_presence" add column "lat" double precision null, add column "lng" double precision null, add column "accuracy" double precision null, add column "in_boundary" boolean null, add column "check_out_in_boundary" boolean null, add column "client_key" uuid null, add column "check_out_client_key" uuid null;`,
    );
    this.addSql(`alter table "community_presence" add constraint "presence_client_key_unique" unique ("client_key");`);
    this.addSql(`alter table "community_presence" add constraint "presence_check_out_client_key_unique" unique ("check_out_client_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "community_presence" drop constraint "presence_client_key_unique", drop constraint "presence_check_out_client_key_unique", drop column "lat", drop column "lng", drop column "accuracy", drop column "in_boundary", drop column "check_out_in_boundary", drop column "client_key", drop column "check_out_client_key";`,
    );
  }
}
