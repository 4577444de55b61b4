import { Migration } from '@mikro-orm/migrations';

export class Migration20261122113956 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "personal_data_access" ("id" uuid not null, "at" timestamptz not null, "user_id" varchar(255) not null, "username" varchar(255) not null, "roles" text[] not null, "operation" varchar(255) null, "subject_type" varchar(255) not null, "subject_id" uuid not null, "fields" text[] not null, constraint "personal_data_access_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "personal_data_access_at_index" on "personal_data_access" ("at");`);
    this.addSql(`create index "personal_data_access_user_id_index" on "personal_data_access" ("user_id");`);
    this.addSql(`create index "personal_data_access_subject_type_subject_id_index" on "personal_data_access" ("subject_type", "subject_id");`);
    // append-only, enforced by the database itself
    this.addSql(
      `create function personal_data_access_append_only() returns trigger language plpgsql as $$ begin raise exception 'personal_data_access is append-only'; end $$;`,
    );
    this.addSql(
      `create trigger personal_data_access_append_only before update or delete on "personal_data_access" for each row execute function personal_data_access_append_only();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "personal_data_access" cascade;`);
    this.addSql(`drop function if exists personal_data_access_append_only();`);
  }
}
