import { Migration } from '@mikro-orm/migrations';

export class Migration20261201170000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "task_done_by" as enum ('resident_visit', 'unit_inspection', 'report');`);
    this.addSql(`create type "admission_status" as enum ('pending', 'approved', 'rejected');`);
    this.addSql(`create type "task_way" as enum ('directed', 'pushed');`);
    this.addSql(`create type "task_subject" as enum ('resident', 'unit');`);
    this.addSql(`create type "task_status" as enum ('open', 'done');`);
    this.addSql(
      `create table "task_template" ("code" varchar(64) not null, "name" varchar(255) not null, "description" text not null, "ways" text[] not null, "assignees" text[] not null, "done_by" "task_done_by" not null, "due_days" int not null, "indicator_code" varchar(255) null, "prohibited_reason" text null, "active" boolean not null default true, "version" int not null default 1, constraint "task_template_pkey" primary key ("code"));`,
    );
    this.addSql(
      `create table "template_admission" ("id" uuid not null, "template_code" varchar(64) not null, "department_code" varchar(64) not null, "reason" text not null, "requested_by" varchar(255) not null, "requested_by_name" varchar(255) not null, "requested_at" timestamptz not null, "status" "admission_status" not null, "decided_by" varchar(255) null, "decided_by_name" varchar(255) null, "decided_at" timestamptz null, "decision_note" text null, "expires_at" timestamptz null, "version" int not null default 1, constraint "template_admission_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "template_admission_department_code_template_code_index" on "template_admission" ("department_code", "template_code");`);
    this.addSql(
      `create table "task" ("id" uuid not null, "template_code" varchar(64) not null, "way" "task_way" not null, "title" varchar(255) not null, "detail" text null, "issued_by" varchar(255) not null, "issuer_name" varchar(255) not null, "department_code" varchar(64) null, "officer_id" uuid not null, "station_id" uuid not null, "subject_type" "task_subject" null, "subject_id" uuid null, "issued_at" timestamptz not null, "due_at" timestamptz not null, "status" "task_status" not null, "done_at" timestamptz null, "record_id" uuid null, "report" text null, "version" int not null default 1, constraint "task_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "task_officer_id_status_due_at_index" on "task" ("officer_id", "status", "due_at");`);
    this.addSql(
      `create table "push_attempt" ("id" uuid not null, "department_code" varchar(64) not null, "template_code" varchar(64) not null, "officer_id" uuid null, "at" timestamptz not null, "admitted" boolean not null, "reason_code" varchar(255) null, constraint "push_attempt_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "push_attempt_at_department_code_index" on "push_attempt" ("at", "department_code");`);
  }
}
