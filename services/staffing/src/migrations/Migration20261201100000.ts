import { Migration } from '@mikro-orm/migrations';

/** The account log (append-only, like the personal-data trail) and the counters of failed logins. */
export class Migration20261201100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "account_change" ("id" uuid not null, "at" timestamptz not null, "actor_id" varchar(255) not null, "actor_username" varchar(255) not null, "account_id" uuid not null, "action" varchar(255) not null, "before" jsonb null, "after" jsonb null, constraint "account_change_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "account_change_at_index" on "account_change" ("at");`);
    this.addSql(`create index "account_change_account_id_at_index" on "account_change" ("account_id", "at");`);
    this.addSql(
      `create function account_change_append_only() returns trigger language plpgsql as $$ begin raise exception 'account_change is append-only' using errcode = 'insufficient_privilege'; end $$;`,
    );
    this.addSql(
      `create trigger account_change_append_only before update or delete on "account_change" for each row execute function account_change_append_only();`,
    );
    // rate-limiter-flexible's PostgreSQL store, in its own layout (key, points, expire in ms)
    this.addSql(`create table "login_throttle" ("key" varchar(255) primary key, "points" integer not null default 0, "expire" bigint);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "login_throttle";`);
    this.addSql(`drop table if exists "account_change" cascade;`);
    this.addSql(`drop function if exists account_change_append_only();`);
  }
}
