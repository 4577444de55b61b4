import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122110601 } from './Migration20261122110601';
import { Migration20261122120804 } from './Migration20261122120804';
import { Migration20261122140429 } from './Migration20261122140429';
import { Migration20261122144324 } from './Migration20261122144324';
import { Migration20261122150500 } from './Migration20261122150500';
import { Migration20261123023014 } from './Migration20261123023014';
import { Migration20261123024340 } from './Migration20261123024340';
import { Migration20261123123000 } from './Migration20261123123000';
import { Migration20261201100000 } from './Migration20261201100000';
import { Migration20261201200000 } from './Migration20261201200000';
import { Migration20261201220000 } from './Migration20261201220000';
import { Migration20261201230000 } from './Migration20261201230000';
import { Migration20261202220000 } from './Migration20261202220000';
import { Migration20261203130000 } from './Migration20261203130000';

/** Every migration, in order. `node dist/main.js migration:create src/migrations` writes new ones; add them here. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261122110601', class: Migration20261122110601 }, // officers, posts, accounts
  { name: 'Migration20261122120804', class: Migration20261122120804 }, // login lockout
  { name: 'Migration20261122140429', class: Migration20261122140429 }, // groups, rosters, four prohibitions, presence, rules, auxiliaries
  { name: 'Migration20261122144324', class: Migration20261122144324 }, // partner clients
  { name: 'Migration20261122150500', class: Migration20261122150500 }, // sessions revoked by logout
  { name: 'Migration20261123023014', class: Migration20261123023014 }, // account administration: disabling, versions, issued sessions
  { name: 'Migration20261123024340', class: Migration20261123024340 }, // partners' trusted documents
  { name: 'Migration20261123123000', class: Migration20261123123000 }, // shifts found by the moment they cover
  { name: 'Migration20261201100000', class: Migration20261201100000 }, // the append-only account log
  { name: 'Migration20261201200000', class: Migration20261201200000 }, // partner clients of functional departments
  { name: 'Migration20261201220000', class: Migration20261201220000 }, // located check-ins, client keys
  { name: 'Migration20261201230000', class: Migration20261201230000 }, // minutes a located field record proves
  { name: 'Migration20261202220000', class: Migration20261202220000 }, // exceptions' sign-offs (双正职, 分局报批)
  { name: 'Migration20261203130000', class: Migration20261203130000 }, // the district's establishment, for 两个40%
];
