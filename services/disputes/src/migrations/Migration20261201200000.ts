import { Migration } from '@mikro-orm/migrations';

/** Who among the officers made each step, for their work log and the station's dispute ledger. */
export class Migration20261201200000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "dispute_event" add column "actor_officer_id" uuid null;`);
    this.addSql(`create index "dispute_event_at_index" on "dispute_event" ("at");`);
    this.addSql(`create index "dispute_event_actor_officer_id_at_index" on "dispute_event" ("actor_officer_id", "at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "dispute_event_actor_officer_id_at_index";`);
    this.addSql(`drop index "dispute_event_at_index";`);
    this.addSql(`alter table "dispute_event" drop column "actor_officer_id";`);
  }
}
