import { Migration } from '@mikro-orm/migrations';

/**
 * 接收单位名录: a transfer names a body the district keeps (mediation committees, judicial offices,
 * centres), not free text; transfers made before keep their name and no body.
 */
export class Migration20261203120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "receiving_body" ("id" uuid not null, "target" "transfer_target" not null, "name" varchar(255) not null, "station_id" uuid null, "phone" varchar(255) null, "active" boolean not null default true, "version" int not null default 1, constraint "receiving_body_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "receiving_body" add constraint "receiving_body_name_unique" unique ("name");`);
    this.addSql(`alter table "dispute_transfer" add column "receiver_id" uuid null;`);
    this.addSql(
      `alter table "dispute_transfer" add constraint "dispute_transfer_receiver_id_foreign" foreign key ("receiver_id") references "receiving_body" ("id") on update cascade on delete set null;`,
    );
    this.addSql(`create index "dispute_transfer_receiver_id_index" on "dispute_transfer" ("receiver_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "dispute_transfer" drop column "receiver_id";`);
    this.addSql(`drop table if exists "receiving_body" cascade;`);
  }
}
