import { Migration } from '@mikro-orm/migrations';

export class Migration20261122132105 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "dispute_grade" as enum ('ordinary', 'complex', 'major');`);
    this.addSql(`create type "dispute_resolution" as enum ('agreement', 'judicial_confirmation', 'transfer_outcome', 'other');`);
    this.addSql(`create type "transfer_target" as enum ('peoples_mediation', 'judicial_office', 'governance_centre');`);
    this.addSql(`create type "transfer_outcome" as enum ('resolved', 'returned');`);
    this.addSql(`create type "warning_kind" as enum ('repeat', 'rising_risk', 'overdue_progress', 'overdue_transfer');`);
    this.addSql(`create type "warning_status" as enum ('open', 'acknowledged', 'closed');`);
    this.addSql(`create type "risk_notice_kind" as enum ('notice', 'reminder');`);
    this.addSql(
      `create table "dispute_event" ("id" uuid not null, "dispute_id" uuid not null, "at" timestamptz not null, "kind" varchar(255) not null, "action" varchar(255) null, "from_status" varchar(255) null, "to_status" varchar(255) null, "actor_id" varchar(255) not null, "actor_name" varchar(255) not null, "note" text null, "attachments" jsonb not null default '[]', "details" jsonb null, constraint "dispute_event_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "dispute_event_dispute_id_at_index" on "dispute_event" ("dispute_id", "at");`);

    this.addSql(
      `create table "dispute_repeat_link" ("dispute_id" uuid not null, "earlier_id" uuid not null, "reasons" jsonb not null, constraint "dispute_repeat_link_pkey" primary key ("dispute_id", "earlier_id"));`,
    );
    this.addSql(`create index "dispute_repeat_link_earlier_id_index" on "dispute_repeat_link" ("earlier_id");`);

    this.addSql(
      `create table "dispute_rules" ("id" int primary key check ("id" = 1), "repeat_window_days" int not null default 90, "progress_interval_days" int not null default 7, "transfer_due_days" int not null default 15, "high_risk_score" int not null default 60, "version" int not null default 1);`,
    );

    this.addSql(
      `create table "dispute_transfer" ("id" uuid not null, "dispute_id" uuid not null, "target" "transfer_target" not null, "receiver_name" varchar(255) not null, "transferred_at" timestamptz not null, "due_at" timestamptz not null, "received_at" timestamptz null, "received_by" varchar(255) null, "outcome" "transfer_outcome" null, "outcome_note" text null, "outcome_at" timestamptz null, constraint "dispute_transfer_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "dispute_transfer_dispute_id_index" on "dispute_transfer" ("dispute_id");`);

    this.addSql(
      `create table "dispute_warning" ("id" uuid not null, "dispute_id" uuid not null, "kind" "warning_kind" not null, "message" text not null, "raised_at" timestamptz not null, "status" "warning_status" not null, "acknowledged_at" timestamptz null, "acknowledged_by" varchar(255) null, "closed_at" timestamptz null, "closed_by" varchar(255) null, "closing_note" text null, "version" int not null default 1, constraint "dispute_warning_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "dispute_warning_dispute_id_index" on "dispute_warning" ("dispute_id");`);
    this.addSql(`create index "dispute_warning_raised_at_id_index" on "dispute_warning" ("raised_at", "id");`);
    // one not-closed warning per dispute and kind: rules that fire again do not pile up duplicates
    this.addSql(`create unique index "dispute_warning_open_unique" on "dispute_warning" ("dispute_id", "kind") where "status" <> 'closed';`);

    this.addSql(
      `create table "grid_event_report" ("caller" varchar(255) not null, "idempotency_key" varchar(255) not null, "payload_hash" varchar(255) not null, "dispute_id" uuid null, "created_at" timestamptz not null, constraint "grid_event_report_pkey" primary key ("caller", "idempotency_key"));`,
    );

    this.addSql(
      `create table "risk_notice" ("id" uuid not null, "dispute_id" uuid not null, "kind" "risk_notice_kind" not null, "department" varchar(255) not null, "content" text not null, "issued_at" timestamptz not null, "issued_by" varchar(255) not null, "acknowledged_at" timestamptz null, "acknowledged_by" varchar(255) null, "version" int not null default 1, constraint "risk_notice_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "risk_notice_dispute_id_index" on "risk_notice" ("dispute_id");`);

    this.addSql(
      `alter table "dispute_event" add constraint "dispute_event_dispute_id_foreign" foreign key ("dispute_id") references "dispute" ("id") on update cascade on delete no action;`,
    );

    this.addSql(
      `alter table "dispute_repeat_link" add constraint "dispute_repeat_link_dispute_id_foreign" foreign key ("dispute_id") references "dispute" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "dispute_repeat_link" add constraint "dispute_repeat_link_earlier_id_foreign" foreign key ("earlier_id") references "dispute" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "dispute_transfer" add constraint "dispute_transfer_dispute_id_foreign" foreign key ("dispute_id") references "dispute" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "dispute_warning" add constraint "dispute_warning_dispute_id_foreign" foreign key ("dispute_id") references "dispute" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "grid_event_report" add constraint "grid_event_report_dispute_id_foreign" foreign key ("dispute_id") references "dispute" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "risk_notice" add constraint "risk_notice_dispute_id_foreign" foreign key ("dispute_id") references "dispute" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "dispute" add column "description" text null, add column "grade" "dispute_grade" not null default 'ordinary', add column "assigned_officer_id" uuid null, add column "handler_officer_id" uuid null, add column "grid_id" uuid null, add column "address_text" varchar(255) null, add column "address_key" varchar(255) null, add column "threats_noted" boolean not null default false, add column "violence_history" boolean not null default false, add column "repeat_count" int not null default 0, add column "reopen_count" int not null default 0, add column "progress_due_at" timestamptz null, add column "transfer_due_at" timestamptz null, add column "closed_at" timestamptz null, add column "resolution" "dispute_resolution" null;`,
    );
    this.addSql(`create index "dispute_address_key_reported_at_index" on "dispute" ("address_key", "reported_at");`);

    // the history is what happened: no update, no delete
    this.addSql(
      `create function dispute_event_append_only() returns trigger language plpgsql as $$ begin raise exception 'dispute_event is append-only'; end $$;`,
    );
    this.addSql(
      `create trigger dispute_event_append_only before update or delete on "dispute_event" for each row execute function dispute_event_append_only();`,
    );
    this.addSql(`insert into "dispute_rules" ("id") values (1);`);
    // disputes registered before weekly progress existed: due a week after their report
    this.addSql(`update "dispute" set "progress_due_at" = "reported_at" + interval '7 days' where "status" in ('registered', 'assessed', 'in_mediation');`);
    this.addSql(`create index "dispute_handler_officer_id_status_index" on "dispute" ("handler_officer_id", "status");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "dispute_event" cascade;`);
    this.addSql(`drop function if exists dispute_event_append_only();`);

    this.addSql(`drop table if exists "dispute_repeat_link" cascade;`);

    this.addSql(`drop table if exists "dispute_rules" cascade;`);

    this.addSql(`drop table if exists "dispute_transfer" cascade;`);

    this.addSql(`drop table if exists "dispute_warning" cascade;`);

    this.addSql(`drop table if exists "grid_event_report" cascade;`);

    this.addSql(`drop table if exists "risk_notice" cascade;`);

    this.addSql(`drop index "dispute_address_key_reported_at_index";`);
    this.addSql(`drop index "dispute_handler_officer_id_status_index";`);
    this.addSql(
      `alter table "dispute" drop column "description", drop column "grade", drop column "assigned_officer_id", drop column "handler_officer_id", drop column "grid_id", drop column "address_text", drop column "address_key", drop column "threats_noted", drop column "violence_history", drop column "repeat_count", drop column "reopen_count", drop column "progress_due_at", drop column "transfer_due_at", drop column "closed_at", drop column "resolution";`,
    );

    this.addSql(`drop type "dispute_grade";`);
    this.addSql(`drop type "dispute_resolution";`);
    this.addSql(`drop type "transfer_target";`);
    this.addSql(`drop type "transfer_outcome";`);
    this.addSql(`drop type "warning_kind";`);
    this.addSql(`drop type "warning_status";`);
    this.addSql(`drop type "risk_notice_kind";`);
  }
}
