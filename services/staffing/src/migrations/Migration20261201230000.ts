import { Migration } from '@mikro-orm/migrations';

/** Time in the community counts located field records too: the minutes one record proves. */
export class Migration20261201230000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "staffing_rules" add column "located_record_minutes" int not null default 30;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "staffing_rules" drop column "located_record_minutes";`);
  }
}
