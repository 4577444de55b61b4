import { Migration } from '@mikro-orm/migrations';

export class Migration20261123024340 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "partner_operation" ("id" uuid not null, "partner_id" uuid not null, "name" varchar(255) not null, "hash" varchar(255) not null, "document" text not null, "registered_at" timestamptz not null, constraint "partner_operation_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "partner_operation_partner_id_index" on "partner_operation" ("partner_id");`);
    this.addSql(`alter table "partner_operation" add constraint "partner_operation_partner_id_hash_unique" unique ("partner_id", "hash");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "partner_operation" cascade;`);
  }
}
