import { Migration } from '@mikro-orm/migrations';

/**
 * 两个40%, the district's half: the stations' police against the district's whole establishment
 * (its departments included, whom the platform does not list), entered by the district.
 */
export class Migration20261203130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "staffing_rules" add column "station_police_share" double precision not null default 0.4, add column "district_police" int null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "staffing_rules" drop column "station_police_share", drop column "district_police";`);
  }
}
