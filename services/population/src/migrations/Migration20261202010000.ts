import { Migration } from '@mikro-orm/migrations';

/** 现场照片: evidence photos kept with the visit, verification or inspection they prove. */
export class Migration20261202010000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "visit_photo" ("id" uuid not null, "visit_id" uuid not null references "visit" ("id"), "content_type" varchar(255) not null, "size" int not null, "sha256" varchar(255) not null, "data" bytea not null, "created_at" timestamptz not null default now(), "client_key" uuid null, constraint "visit_photo_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "visit_photo_visit_id_created_at_index" on "visit_photo" ("visit_id", "created_at");`);
    this.addSql(`alter table "visit_photo" add constraint "visit_photo_client_key_unique" unique ("client_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "visit_photo" cascade;`);
  }
}
