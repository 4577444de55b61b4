import { Migration } from '@mikro-orm/migrations';

/**
 * Partner reads join the trail, and its append-only trigger lets the retention job forget rows
 * past six months (网络安全法 art. 21): still no update ever, and no delete of a younger row.
 */
export class Migration20261123030000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "personal_data_access" add column "masked" boolean not null default false;`);
    this.addSql(`create or replace function personal_data_access_append_only() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' and old.at < now() - interval '183 days' then
    return old;
  end if;
  raise exception 'personal_data_access is append-only (rows are kept at least six months)' using errcode = 'insufficient_privilege';
end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `create or replace function personal_data_access_append_only() returns trigger language plpgsql as $$ begin raise exception 'personal_data_access is append-only'; end $$;`,
    );
    this.addSql(`alter table "personal_data_access" drop column "masked";`);
  }
}
