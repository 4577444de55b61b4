import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateContract } from './contract';
import { apiSchemaPath, subgraphPath, supergraphPath } from './paths';

/** The committed contract must be exactly what the code generates: run `pnpm schema` after a change. */
describe('schema contract', async () => {
  const contract = await generateContract(); // throws when composition fails

  it.each(Object.keys(contract.subgraphs))('schema/subgraphs/%s.graphql matches the code', (name) => {
    expect(readFileSync(subgraphPath(name), 'utf8'), 'run `pnpm schema` and commit the result').toBe(contract.subgraphs[name]);
  });

  it('schema/supergraph.graphql matches the composition', () => {
    expect(readFileSync(supergraphPath, 'utf8'), 'run `pnpm schema` and commit the result').toBe(contract.supergraph);
  });

  it('schema/api.graphql (what clients see) matches the composition', () => {
    expect(readFileSync(apiSchemaPath, 'utf8'), 'run `pnpm schema` and commit the result').toBe(contract.api);
  });

  it('extends the owners’ entities across subgraphs', () => {
    expect(contract.supergraph).toMatch(/type Resident @join__type\(graph: DISPUTES, key: "id"\) @join__type\(graph: POPULATION, key: "id"\)/);
    expect(contract.supergraph).toMatch(/dutyOfficer: DutyOfficer @join__field\(graph: STAFFING\)/);
  });
});
