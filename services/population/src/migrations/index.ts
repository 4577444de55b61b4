import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122110116 } from './Migration20261122110116';
import { Migration20261122113956 } from './Migration20261122113956';
import { Migration20261122122926 } from './Migration20261122122926';
import { Migration20261122140000 } from './Migration20261122140000';
import { Migration20261123030000 } from './Migration20261123030000';
import { Migration20261123031255 } from './Migration20261123031255';
import { Migration20261123065425 } from './Migration20261123065425';
import { Migration20261123071249 } from './Migration20261123071249';
import { Migration20261123072343 } from './Migration20261123072343';
import { Migration20261123073532 } from './Migration20261123073532';
import { Migration20261123074500 } from './Migration20261123074500';
import { Migration20261201200000 } from './Migration20261201200000';
import { Migration20261201220000 } from './Migration20261201220000';
import { Migration20261202010000 } from './Migration20261202010000';
import { Migration20261202020000 } from './Migration20261202020000';
import { Migration20261202030000 } from './Migration20261202030000';
import { Migration20261202040000 } from './Migration20261202040000';
import { Migration20261202180000 } from './Migration20261202180000';
import { Migration20261202233000 } from './Migration20261202233000';
import { Migration20261203140000 } from './Migration20261203140000';

/** Every migration, in order. `node dist/main.js migration:create src/migrations` writes new ones; add them here. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261122110116', class: Migration20261122110116 }, // jurisdiction tree, addresses, residents
  { name: 'Migration20261122113956', class: Migration20261122113956 }, // personal data access audit (append-only)
  { name: 'Migration20261122122926', class: Migration20261122122926 }, // audit: client address
  { name: 'Migration20261122140000', class: Migration20261122140000 }, // grid outlines for maps
  { name: 'Migration20261123030000', class: Migration20261123030000 }, // audit: partner reads, append-only trigger
  { name: 'Migration20261123031255', class: Migration20261123031255 }, // special persons, care recipients, units, visits, schedules
  { name: 'Migration20261123065425', class: Migration20261123065425 }, // housing and rentals; passports; arrival and residence registration
  { name: 'Migration20261123071249', class: Migration20261123071249 }, // bulk import: jobs and their checked rows
  { name: 'Migration20261123072343', class: Migration20261123072343 }, // merging duplicate residents, keeping history
  { name: 'Migration20261123073532', class: Migration20261123073532 }, // households and their members
  { name: 'Migration20261123074500', class: Migration20261123074500 }, // visits to housing (verification, inspection)
  { name: 'Migration20261201200000', class: Migration20261201200000 }, // the ledgers' indexes: station and officer by time
  { name: 'Migration20261201220000', class: Migration20261201220000 }, // field app: located visits, client keys
  { name: 'Migration20261202010000', class: Migration20261202010000 }, // field app: evidence photos
  { name: 'Migration20261202020000', class: Migration20261202020000 }, // field app: located registrations, dwellings' client keys
  { name: 'Migration20261202030000', class: Migration20261202030000 }, // kept population facts, outdated by epochs
  { name: 'Migration20261202040000', class: Migration20261202040000 }, // residents by ID number alone
  { name: 'Migration20261202180000', class: Migration20261202180000 }, // the audit trail by reader and time
  { name: 'Migration20261202233000', class: Migration20261202233000 }, // indexes for the references to a resident (landlord, focus)
  { name: 'Migration20261203140000', class: Migration20261203140000 }, // the residents' ledger sorted by name or registration time
];
