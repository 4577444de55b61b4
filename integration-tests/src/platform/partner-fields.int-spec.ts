import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { demoStations } from '@cp/demo-district';
import { PARTNER_FIELDS, partnerFieldsMarkdown } from '@cp/gateway';
import { apiSchemaPath } from '@cp/schema';
import { gql, loginAs, testDatabaseName } from '@cp/testkit';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startPlatformInProcess, type InProcessPlatform } from '@cp/launcher';
import { ROOT } from '@cp/launcher';

/*
 * What a partner reaches, generated from the schema: every field of every type reachable from
 * the roots a partner may call, selected through the gateway with a partner's token, against
 * the one policy table (PARTNER_FIELDS). A field not in the table is refused before any
 * subgraph sees the query; one in it is served. A new field is closed to partners the day it is added.
 */

const schema = buildSchema(readFileSync(apiSchemaPath, 'utf8'));
let platform: InProcessPlatform;
let partner: Record<string, string>;

function plausible(type: GraphQLInputType, name: string): string {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return `[${plausible(inner.ofType as GraphQLInputType, name)}]`;
  if (isInputObjectType(inner)) {
    const required = Object.values(inner.getFields()).filter((f) => f.type.toString().endsWith('!'));
    return `{ ${required.map((f) => `${f.name}: ${plausible(f.type, f.name)}`).join(', ')} }`;
  }
  if (isEnumType(inner)) return inner.getValues()[0].name;
  switch (getNamedType(inner).name) {
    case 'ID':
      return `"${randomUUID()}"`;
    case 'Int':
    case 'Float':
      return '1';
    case 'Boolean':
      return 'true';
    default:
      return /^(from|to|at|period)$|On$/.test(name) ? '"2026-01-15"' : '"测试"';
  }
}

const call = (field: GraphQLField<unknown, unknown>) => {
  const required = field.args.filter((a) => a.type.toString().endsWith('!'));
  return required.length ? `${field.name}(${required.map((a) => `${a.name}: ${plausible(a.type, a.name)}`).join(', ')})` : field.name;
};

/** The shortest selection from a root to each type a partner can reach through allowed fields. */
function reachable(): Map<string, { root: 'query' | 'mutation'; path: string[] }> {
  const found = new Map<string, { root: 'query' | 'mutation'; path: string[] }>();
  const queue: Array<{ type: GraphQLObjectType; root: 'query' | 'mutation'; path: string[] }> = [
    { type: schema.getQueryType()!, root: 'query', path: [] },
    { type: schema.getMutationType()!, root: 'mutation', path: [] },
  ];
  while (queue.length) {
    const { type, root, path } = queue.shift()!;
    if (found.has(type.name)) continue;
    found.set(type.name, { root, path });
    for (const name of PARTNER_FIELDS[type.name] ?? []) {
      const field = type.getFields()[name];
      const next = field && getNamedType(field.type);
      if (next && isObjectType(next)) queue.push({ type: next, root, path: [...path, call(field)] });
    }
  }
  return found;
}

beforeAll(async () => {
  platform = await startPlatformInProcess({ serverUrl: inject('pgServerUrl'), databasePrefix: testDatabaseName('partner_fields'), residentsPerCommunity: 3 });
  const admin = await loginAs(platform.gatewayUrl, 'admin', 'Admin@2026');
  const registered = await gql(
    platform.gatewayUrl,
    `mutation($i: RegisterPartnerInput!) { registerPartner(input: $i) { partner { clientId } clientSecret errors { code } } }`,
    { i: { name: '字段策略测试平台', communityIds: [demoStations()[0].communities[0].id], scopes: ['residents:read', 'disputes:read', 'grid-events:report'] } },
    admin,
  );
  const { partner: p, clientSecret } = registered.data!.registerPartner;
  const token = await gql(platform.gatewayUrl, 'mutation($c: String!, $s: String!) { partnerToken(clientId: $c, clientSecret: $s) { accessToken } }', {
    c: p.clientId,
    s: clientSecret,
  });
  partner = { authorization: `Bearer ${token.data!.partnerToken.accessToken}` };
});
afterAll(() => platform?.stop());

describe('partners reach only the fields their policy lists', () => {
  it('refuses every field outside the policy table and serves every field in it, on every type a partner reaches', async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const [typeName, { root, path }] of reachable()) {
      const type = schema.getType(typeName) as GraphQLObjectType;
      for (const field of Object.values(type.getFields())) {
        const leaf = call(field) + (isObjectType(getNamedType(field.type)) ? ' { __typename }' : '');
        const nested = path.reduceRight((inner, outer) => `${outer} { ${inner} }`, leaf);
        const res = await gql(platform.gatewayUrl, `${root} Walk { ${nested} }`, {}, partner);
        const refusal = res.errors?.find((e) => e.extensions?.code === 'PARTNER_FIELD_NOT_ALLOWED');
        const allowed = PARTNER_FIELDS[typeName]?.includes(field.name) ?? false;
        checked++;
        if (allowed && refusal) wrong.push(`${typeName}.${field.name} is listed but refused: ${refusal.message}`);
        if (!allowed && refusal?.extensions?.field !== `${typeName}.${field.name}`) {
          wrong.push(`${typeName}.${field.name} is not listed but answered ${JSON.stringify(res.errors ?? res.data).slice(0, 160)}`);
        }
        if (refusal && !/合作平台无权读取/.test(refusal.message)) wrong.push(`${typeName}.${field.name}: message not in Chinese`);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(150);
  });

  it('names in the partner guide exactly the fields the policy lets through', () => {
    const guide = readFileSync(join(ROOT, 'docs/PARTNERS.md'), 'utf8');
    const block = /<!-- partner-fields:start -->([\s\S]*?)<!-- partner-fields:end -->/.exec(guide)?.[1] ?? '';
    // the table's cells, whatever padding the formatter gave them
    const cells = (table: string) =>
      table
        .split('\n')
        .filter((line) => line.startsWith('|') && !/^\|[\s|-]+\|$/.test(line))
        .map((line) => line.split('|').map((c) => c.trim()));
    expect(cells(block)).toEqual(cells(partnerFieldsMarkdown()));
  });

  it('still serves a partner its masked residents through the allowed fields', async () => {
    const res = await gql(platform.gatewayUrl, '{ residents(first: 3) { nodes { id name idNumber masked community { name } } } }', {}, partner);
    expect(res.errors).toBeUndefined();
    expect(res.data!.residents.nodes.length).toBeGreaterThan(0);
    expect(res.data!.residents.nodes.every((n: { masked: boolean }) => n.masked)).toBe(true);
  });
});
