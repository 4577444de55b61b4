import { Migration } from '@mikro-orm/migrations';

export class Migration20261123123000 extends Migration {
  override async up(): Promise<void> {
    // who is on shift at a moment: found among the shifts covering it, not among every past shift
    this.addSql(`create index "roster_shift_during" on "roster_shift" using gist (tstzrange("starts_at", "ends_at"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "roster_shift_during";`);
  }
}
