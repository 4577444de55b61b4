import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122110600 } from './Migration20261122110600';
import { Migration20261122115651 } from './Migration20261122115651';
import { Migration20261122132105 } from './Migration20261122132105';
import { Migration20261201160000 } from './Migration20261201160000';
import { Migration20261201200000 } from './Migration20261201200000';
import { Migration20261201230000 } from './Migration20261201230000';
import { Migration20261203100000 } from './Migration20261203100000';
import { Migration20261203120000 } from './Migration20261203120000';
import { Migration20261203140000 } from './Migration20261203140000';

/** Every migration, in order. `node dist/main.js migration:create src/migrations` writes new ones; add them here. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261122110600', class: Migration20261122110600 }, // disputes and parties
  { name: 'Migration20261122115651', class: Migration20261122115651 }, // ledger order index
  { name: 'Migration20261122132105', class: Migration20261122132105 }, // lifecycle, history, transfers, repeats, warnings, notices, partner reports, rules
  { name: 'Migration20261201160000', class: Migration20261201160000 }, // repeat keys by @cp/address
  { name: 'Migration20261201200000', class: Migration20261201200000 }, // the officer behind each step, for the ledgers
  { name: 'Migration20261201230000', class: Migration20261201230000 }, // leads from the field app: registrant, client key
  { name: 'Migration20261203100000', class: Migration20261203100000 }, // overdue spans, for the period's figures
  { name: 'Migration20261203120000', class: Migration20261203120000 }, // the receiving bodies' directory
  { name: 'Migration20261203140000', class: Migration20261203140000 }, // the ledger sorted by risk level
];
