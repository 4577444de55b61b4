import { Migration } from '@mikro-orm/migrations';

export class Migration20261122110601 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "officer_role" as enum ('community_full_time', 'community_part_time', 'community_team_lead', 'deputy_head', 'station_head', 'command_room', 'case_team');`,
    );
    this.addSql(`create type "post_role" as enum ('A', 'B');`);
    this.addSql(
      `create table "officer" ("id" uuid not null, "badge_no" varchar(255) not null, "name" varchar(255) not null, "station_id" uuid not null, "role" "officer_role" not null, "sworn" boolean not null, "phone" varchar(255) null, "version" int not null default 1, constraint "officer_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "officer" add constraint "officer_badge_no_unique" unique ("badge_no");`);
    this.addSql(`create index "officer_station_id_index" on "officer" ("station_id");`);

    this.addSql(
      `create table "user_account" ("id" uuid not null, "username" varchar(255) not null, "password_hash" varchar(255) not null, "display_name" varchar(255) not null, "roles" text[] not null, "officer_id" uuid null, constraint "user_account_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "user_account" add constraint "user_account_username_unique" unique ("username");`);

    this.addSql(
      `create table "community_post" ("id" uuid not null, "community_id" uuid not null, "officer_id" uuid not null, "role" "post_role" not null, constraint "community_post_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "community_post_community_id_index" on "community_post" ("community_id");`);
    this.addSql(`create index "community_post_officer_id_index" on "community_post" ("officer_id");`);
    this.addSql(`alter table "community_post" add constraint "community_post_community_id_role_unique" unique ("community_id", "role");`);

    this.addSql(
      `alter table "user_account" add constraint "user_account_officer_id_foreign" foreign key ("officer_id") references "officer" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "community_post" add constraint "community_post_officer_id_foreign" foreign key ("officer_id") references "officer" ("id") on update cascade;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "user_account" drop constraint "user_account_officer_id_foreign";`);

    this.addSql(`alter table "community_post" drop constraint "community_post_officer_id_foreign";`);

    this.addSql(`drop table if exists "officer" cascade;`);

    this.addSql(`drop table if exists "user_account" cascade;`);

    this.addSql(`drop table if exists "community_post" cascade;`);

    this.addSql(`drop type "officer_role";`);
    this.addSql(`drop type "post_role";`);
  }
}
