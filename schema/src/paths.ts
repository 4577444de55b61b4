import { join } from 'node:path';

/** Where the committed contract lives: this package's folder. */
export const SCHEMA_DIR = join(__dirname, '..');
export const supergraphPath = join(SCHEMA_DIR, 'supergraph.graphql');
export const apiSchemaPath = join(SCHEMA_DIR, 'api.graphql');
export const subgraphPath = (name: string) => join(SCHEMA_DIR, 'subgraphs', `${name}.graphql`);
/** The last contract released to partners; `pnpm schema:release` moves it forward. */
export const releasedApiPath = join(SCHEMA_DIR, 'released', 'api.graphql');
/** The browser apps' enum labels, generated from the contract (packages/web-client; the console reads them through packages/ui). */
export const enumLabelsPath = join(SCHEMA_DIR, '..', 'packages', 'web-client', 'src', 'enum-labels.generated.ts');
