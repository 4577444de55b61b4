import { Migration } from '@mikro-orm/migrations';

export class Migration20261122150500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "revoked_session" ("jti" varchar(255) not null, "revoked_at" timestamptz not null, "expires_at" timestamptz not null, constraint "revoked_session_pkey" primary key ("jti"));`,
    );
    this.addSql(`create index "revoked_session_revoked_at_index" on "revoked_session" ("revoked_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "revoked_session" cascade;`);
  }
}
