import { Migration } from '@mikro-orm/migrations';

export class Migration20261123071249 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "import_kind" as enum ('residents', 'housing');`);
    this.addSql(`create type "import_status" as enum ('open', 'committed');`);
    this.addSql(`create type "import_row_status" as enum ('accepted', 'refused', 'written', 'skipped');`);
    this.addSql(
      `create table "import_job" ("id" uuid not null, "kind" "import_kind" not null, "station_id" uuid not null, "community_id" uuid not null, "file_name" varchar(255) not null, "total_rows" int not null, "status" "import_status" not null default 'open', "created_by" varchar(255) not null, "created_at" timestamptz not null default now(), "committed_at" timestamptz null, constraint "import_job_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "import_job_community_id_index" on "import_job" ("community_id");`);
    this.addSql(
      `create table "import_row" ("job_id" uuid not null, "row_no" int not null, "status" "import_row_status" not null, "label" varchar(255) not null, "data" jsonb null, "errors" jsonb null, constraint "import_row_pkey" primary key ("job_id", "row_no"));`,
    );
    this.addSql(
      `alter table "import_job" add constraint "import_job_station_id_foreign" foreign key ("station_id") references "station" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "import_job" add constraint "import_job_community_id_foreign" foreign key ("community_id") references "community" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "import_row" add constraint "import_row_job_id_foreign" foreign key ("job_id") references "import_job" ("id") on update cascade on delete cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "import_row" drop constraint "import_row_job_id_foreign";`);
    this.addSql(`drop table if exists "import_job" cascade;`);
    this.addSql(`drop table if exists "import_row" cascade;`);
    this.addSql(`drop type "import_kind";`);
    this.addSql(`drop type "import_status";`);
    this.addSql(`drop type "import_row_status";`);
  }
}
