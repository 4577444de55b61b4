import { Migration } from '@mikro-orm/migrations';

export class Migration20261122144324 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "partner_client" ("id" uuid not null, "name" varchar(255) not null, "client_id" varchar(255) not null, "secret_hash" varchar(255) not null, "community_ids" text[] not null, "scopes" text[] not null, "created_at" timestamptz not null, "rotated_at" timestamptz null, "revoked_at" timestamptz null, "version" int not null default 1, constraint "partner_client_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "partner_client" add constraint "partner_client_client_id_unique" unique ("client_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "partner_client" cascade;`);
  }
}
