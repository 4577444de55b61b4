import { Migration } from '@mikro-orm/migrations';

export class Migration20261122110602 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "indicator_kind" as enum ('outcome', 'process');`);
    this.addSql(`create type "indicator_source" as enum ('computed', 'survey', 'manual');`);
    this.addSql(`create type "indicator_direction" as enum ('higher_better', 'lower_better');`);
    this.addSql(
      `create table "indicator" ("id" uuid not null, "code" varchar(255) not null, "name" varchar(255) not null, "kind" "indicator_kind" not null, "source" "indicator_source" not null, "direction" "indicator_direction" not null, "target" numeric(10,2) not null, "unit" varchar(255) not null, "weight" numeric(5,2) not null, "formula" text not null, "active" boolean not null default true, "version" int not null default 1, constraint "indicator_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "indicator" add constraint "indicator_code_unique" unique ("code");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "indicator" cascade;`);

    this.addSql(`drop type "indicator_kind";`);
    this.addSql(`drop type "indicator_source";`);
    this.addSql(`drop type "indicator_direction";`);
  }
}
