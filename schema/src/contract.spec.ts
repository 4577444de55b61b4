import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateContract } from './contract';
import { breakingChanges } from './breaking';
import { enumLabelsModule, labelOf } from './enum-labels';
import { apiSchemaPath, enumLabelsPath, releasedApiPath, subgraphPath, supergraphPath } from './paths';

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

  it('the console’s enum labels match the contract', () => {
    expect(readFileSync(enumLabelsPath, 'utf8'), 'run `pnpm schema` and commit the result').toBe(enumLabelsModule(contract.api));
  });

  it('labels an enum value by its description up to "：" or "（", and refuses a value without one', () => {
    expect([labelOf('疑难复杂：社区警务队长处置'), labelOf('低（蓝）'), labelOf('已化解')]).toEqual(['疑难复杂', '低', '已化解']);
    expect(() => enumLabelsModule('type Query { a: A } enum A { x }')).toThrow(/A\.x/);
  });

  it('keeps every field and argument the released contract promised (no breaking change)', async () => {
    const broken = await breakingChanges(readFileSync(releasedApiPath, 'utf8'), contract.api);
    expect(broken, 'deprecate instead of removing; a deliberate break needs `pnpm schema:release` and a note to partners').toEqual([]);
  });

  it('detects a breaking change when there is one', async () => {
    const narrowed = contract.api.replace(/\n  name: String!\n/, '\n');
    expect((await breakingChanges(contract.api, narrowed)).length).toBeGreaterThan(0);
  });

  it('extends the owners’ entities across subgraphs', () => {
    expect(contract.supergraph).toMatch(/type Resident @join__type\(graph: DISPUTES, key: "id"\) @join__type\(graph: POPULATION, key: "id"\)/);
    expect(contract.supergraph).toMatch(/dutyOfficer\([\s\S]*?at: String\): DutyOfficer @join__field\(graph: STAFFING\)/);
  });
});
