import { Migration } from '@mikro-orm/migrations';

export class Migration20261123023014 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "issued_session" ("jti" varchar(255) not null, "account_id" uuid not null, "issued_at" timestamptz not null, "expires_at" timestamptz not null, constraint "issued_session_pkey" primary key ("jti"));`,
    );
    this.addSql(`create index "issued_session_account_id_expires_at_index" on "issued_session" ("account_id", "expires_at");`);
    this.addSql(
      `alter table "user_account" add column "disabled_at" timestamptz null, add column "created_at" timestamptz not null default now(), add column "version" int not null default 1;`,
    );
    this.addSql(`alter table "user_account" add constraint "user_account_officer_id_unique" unique ("officer_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "issued_session" cascade;`);
    this.addSql(`alter table "user_account" drop constraint "user_account_officer_id_unique";`);
    this.addSql(`alter table "user_account" drop column "disabled_at", drop column "created_at", drop column "version";`);
  }
}
