import { Migration } from '@mikro-orm/migrations';

/**
 * The residents' ledger (and the dwellings', by registration time) sorts by name and by registration time, in a station and across the
 * district: each order has an index led by the station (a station head's page) and one without
 * (the district's), so a sorted page reads its 50 rows off an index instead of sorting the station.
 */
export class Migration20261203140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index if not exists "resident_station_id_name_id_index" on "resident" ("station_id", "name", "id");`);
    this.addSql(`create index if not exists "resident_station_id_created_at_id_index" on "resident" ("station_id", "created_at", "id");`);
    this.addSql(`create index if not exists "resident_name_id_index" on "resident" ("name", "id");`);
    this.addSql(`create index if not exists "resident_created_at_id_index" on "resident" ("created_at", "id");`);
    this.addSql(`create index if not exists "housing_station_id_created_at_id_index" on "housing" ("station_id", "created_at", "id");`);
    this.addSql(`create index if not exists "housing_created_at_id_index" on "housing" ("created_at", "id");`);
  }

  override async down(): Promise<void> {
    for (const name of [
      'resident_station_id_name_id_index',
      'resident_station_id_created_at_id_index',
      'resident_name_id_index',
      'resident_created_at_id_index',
      'housing_station_id_created_at_id_index',
      'housing_created_at_id_index',
    ]) {
      this.addSql(`drop index if exists "${name}";`);
    }
  }
}
