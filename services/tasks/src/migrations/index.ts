import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261201170000 } from './Migration20261201170000';
import { Migration20261201190000 } from './Migration20261201190000';
import { Migration20261201200000 } from './Migration20261201200000';

/** Every migration, in order. `node dist/main.js migration:create src/migrations` writes new ones; add them here. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261201170000', class: Migration20261201170000 }, // templates, admissions, tasks, push counts
  { name: 'Migration20261201190000', class: Migration20261201190000 }, // the morning lists
  { name: 'Migration20261201200000', class: Migration20261201200000 }, // the task ledger's index, the weekly summaries
];
