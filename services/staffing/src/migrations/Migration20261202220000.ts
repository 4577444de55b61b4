import { Migration } from '@mikro-orm/migrations';
import { DUTY_KINDS } from '../modules/approval/four-prohibitions';
import { COMMUNITY_DAY } from '../modules/roster/generate-roster';

/**
 * The four prohibitions where duty is given: the duty kinds as a closed list the district keeps
 * (each marked with the prohibition it falls under), the roster's patterns and shifts with their
 * kind (the station's watch is regular duty; community work is not), the community officers' own
 * day pattern, patrol officers (巡逻民警) for the watch, and an exception's sign-offs (both
 * station chiefs, 双正职; the district for the kinds the texts name) with the requester's account,
 * so that the requester can never sign it.
 */
export class Migration20261202220000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter type "officer_role" add value if not exists 'patrol';`);
    this.addSql(
      `create table "duty_kind" ("code" varchar(255) not null, "name" varchar(255) not null, "restricts" "restricted_duty" null, "active" boolean not null default true, "version" int not null default 1, constraint "duty_kind_pkey" primary key ("code"));`,
    );
    for (const k of DUTY_KINDS) {
      this.addSql(this.getKnex().raw(`insert into "duty_kind" ("code", "name", "restricts") values (?, ?, ?);`, [k.code, k.name, k.restricts]));
    }
    this.addSql(`alter table "shift_pattern" add column "duty_kind" varchar(255) not null default 'regular_duty' references "duty_kind" ("code");`);
    this.addSql(`alter table "roster_shift" add column "duty_kind" varchar(255) not null default 'regular_duty' references "duty_kind" ("code");`);
    this.addSql(
      this.getKnex().raw(
        `insert into "shift_pattern" ("id", "code", "name", "shifts", "cycle", "group_count", "description", "duty_kind") values (gen_random_uuid(), ?, ?, ?::jsonb, ?::jsonb, 1, ?, 'community_work') on conflict ("code") do update set "duty_kind" = 'community_work';`,
        [COMMUNITY_DAY.code, COMMUNITY_DAY.name, JSON.stringify(COMMUNITY_DAY.shifts), JSON.stringify(COMMUNITY_DAY.cycle), COMMUNITY_DAY.description],
      ),
    );
    this.addSql(`alter table "approval" add column "requested_by_user" varchar(255) null, add column "signoffs" jsonb not null default '[]';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "approval" drop column "requested_by_user", drop column "signoffs";`);
    this.addSql(`delete from "shift_pattern" where "code" = '${COMMUNITY_DAY.code}';`);
    this.addSql(`alter table "roster_shift" drop column "duty_kind";`);
    this.addSql(`alter table "shift_pattern" drop column "duty_kind";`);
    this.addSql(`drop table "duty_kind";`);
  }
}
