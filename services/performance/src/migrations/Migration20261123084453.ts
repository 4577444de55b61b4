import { Migration } from '@mikro-orm/migrations';

/** 逆考评 (departments and the stations' ratings) and 双轨 (duty deputies' short-line scores). */
export class Migration20261123084453 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "department" ("id" uuid not null, "code" varchar(255) not null, "name" varchar(255) not null, "supports" text not null, "active" boolean not null default true, "version" int not null default 1, constraint "department_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "department" add constraint "department_code_unique" unique ("code");`);

    this.addSql(
      `create table "department_rating" ("id" uuid not null, "period_code" varchar(255) not null, "station_id" uuid not null, "department_id" uuid not null, "responsiveness" smallint not null, "effectiveness" smallint not null, "ownership" smallint not null, "comment" text null, "rated_by" varchar(255) not null, "rated_at" timestamptz not null, "version" int not null default 1, constraint "department_rating_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "department_rating" add constraint "department_rating_period_code_station_id_department_id_unique" unique ("period_code", "station_id", "department_id");`,
    );

    this.addSql(
      `create table "duty_rating" ("id" uuid not null, "period_code" varchar(255) not null, "officer_id" uuid not null, "station_id" uuid not null, "score" smallint not null, "basis" text not null, "rated_by" varchar(255) not null, "rated_at" timestamptz not null, "version" int not null default 1, constraint "duty_rating_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "duty_rating" add constraint "duty_rating_period_code_officer_id_unique" unique ("period_code", "officer_id");`);

    this.addSql(
      `alter table "department_rating" add constraint "department_rating_department_id_foreign" foreign key ("department_id") references "department" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "department_rating" add constraint "department_rating_scores_check" check (responsiveness between 0 and 100 and effectiveness between 0 and 100 and ownership between 0 and 100);`,
    );
    this.addSql(`alter table "duty_rating" add constraint "duty_rating_score_check" check (score between 0 and 100);`);

    this.addSql(`alter table "scorecard" add column "dual_track" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "department_rating" drop constraint "department_rating_department_id_foreign";`);

    this.addSql(`drop table if exists "department" cascade;`);

    this.addSql(`drop table if exists "department_rating" cascade;`);

    this.addSql(`drop table if exists "duty_rating" cascade;`);

    this.addSql(`alter table "scorecard" drop column "dual_track";`);
  }
}
