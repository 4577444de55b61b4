import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261122110602 } from './Migration20261122110602';
import { Migration20261123075224 } from './Migration20261123075224';
import { Migration20261123080626 } from './Migration20261123080626';
import { Migration20261123081500 } from './Migration20261123081500';
import { Migration20261123084453 } from './Migration20261123084453';
import { Migration20261123091741 } from './Migration20261123091741';
import { Migration20261202100000 } from './Migration20261202100000';
import { Migration20261202230000 } from './Migration20261202230000';
import { Migration20261203090000 } from './Migration20261203090000';

/** Every migration, in order. `node dist/main.js migration:create src/migrations` writes new ones; add them here. */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261122110602', class: Migration20261122110602 }, // indicator catalogue
  { name: 'Migration20261123075224', class: Migration20261123075224 }, // overrides, published scorecards, surveys
  { name: 'Migration20261123080626', class: Migration20261123080626 }, // warnings to bottom ranks, acknowledged
  { name: 'Migration20261123081500', class: Migration20261123081500 }, // officers' scorecards
  { name: 'Migration20261123084453', class: Migration20261123084453 }, // reverse evaluation, dual track
  { name: 'Migration20261123091741', class: Migration20261123091741 }, // manual indicators' values with evidence
  { name: 'Migration20261202100000', class: Migration20261202100000 }, // the district's facts kept per period
  { name: 'Migration20261202230000', class: Migration20261202230000 }, // registration targets 100 % (双100%)
  { name: 'Migration20261203090000', class: Migration20261203090000 }, // survey corrections
];
