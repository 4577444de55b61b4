import { Migration } from '@mikro-orm/migrations';

export class Migration20261123075224 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "scope_level" as enum ('station', 'community');`);
    this.addSql(`create type "tier" as enum ('excellent', 'ordinary');`);
    this.addSql(
      `create table "indicator_override" ("id" uuid not null, "indicator_id" uuid not null, "level" "scope_level" not null, "scope_id" uuid not null, "target" numeric(10,2) null, "weight" numeric(5,2) null, "version" int not null default 1, constraint "indicator_override_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "indicator_override" add constraint "indicator_override_indicator_id_level_scope_id_unique" unique ("indicator_id", "level", "scope_id");`,
    );

    this.addSql(
      `create table "performance_rules" ("id" int not null default 1, "excellent_share" double precision not null default 0.3, "version" int not null default 1, constraint "performance_rules_pkey" primary key ("id"));`,
    );

    this.addSql(
      `create table "scorecard" ("id" uuid not null, "period_code" varchar(255) not null, "level" "scope_level" not null, "scope_id" uuid not null, "scope_name" varchar(255) not null, "station_id" uuid not null, "total" double precision null, "rank" int not null, "ranked_of" int not null, "tier" "tier" not null, "lines" jsonb not null, "published_at" timestamptz not null, "published_by" varchar(255) not null, constraint "scorecard_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "scorecard_period_code_level_rank_index" on "scorecard" ("period_code", "level", "rank");`);
    this.addSql(`alter table "scorecard" add constraint "scorecard_period_code_level_scope_id_unique" unique ("period_code", "level", "scope_id");`);

    this.addSql(
      `create table "survey_round" ("id" uuid not null, "community_id" uuid not null, "surveyed_on" date not null, "satisfied" int not null, "basically_satisfied" int not null, "unsatisfied" int not null, "note" text null, "recorded_by" varchar(255) not null, "recorded_at" timestamptz not null default now(), constraint "survey_round_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "survey_round_community_id_surveyed_on_index" on "survey_round" ("community_id", "surveyed_on");`);

    this.addSql(
      `alter table "indicator_override" add constraint "indicator_override_indicator_id_foreign" foreign key ("indicator_id") references "indicator" ("id") on update cascade;`,
    );
    this.addSql(`alter table "performance_rules" add constraint "performance_rules_single_row" check ("id" = 1);`);
    this.addSql(`insert into "performance_rules" ("id") values (1);`);
    // a published scorecard is what was published: no update, no delete
    this.addSql(`create function scorecard_append_only() returns trigger language plpgsql as $$ begin raise exception 'scorecard is append-only'; end $$;`);
    this.addSql(`create trigger scorecard_append_only before update or delete on "scorecard" for each row execute function scorecard_append_only();`);
    // the rental indicator counts registered rentals (备案), as population publishes them
    this.addSql(`update "indicator" set "formula" = '已登记备案的出租房屋 ÷ 出租房屋总数' where "code" = 'RENTAL_REGISTRATION';`);
    this.addSql(`update "indicator" set "formula" = '已办理居住登记的流动人口 ÷ 实有流动人口' where "code" = 'FLOATING_REGISTRATION';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists scorecard_append_only() cascade;`);
    this.addSql(`drop table if exists "indicator_override" cascade;`);

    this.addSql(`drop table if exists "performance_rules" cascade;`);

    this.addSql(`drop table if exists "scorecard" cascade;`);

    this.addSql(`drop table if exists "survey_round" cascade;`);

    this.addSql(`drop type "scope_level";`);
    this.addSql(`drop type "tier";`);
  }
}
