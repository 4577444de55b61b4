import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { apiSchemaPath } from '@cp/schema';
import { INPUT_RULES } from '@cp/service-kit';
import { gql, loginAs, testDatabaseName, type GraphQLResponse } from '@cp/testkit';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isAbstractType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startPlatformInProcess, type InProcessPlatform } from '@cp/launcher';

/*
 * Bad input, generated from the schema: every argument of every mutation and query, with each
 * class of bad value, through the gateway. Each must come back as a coded error with a Chinese
 * message (naming the argument where the rule is the platform's own), and no row of any
 * database may change. A new mutation or argument is covered the day it is added.
 */

const schema = buildSchema(readFileSync(apiSchemaPath, 'utf8'));
let platform: InProcessPlatform;
let admin: Record<string, string>;

type Path = Array<string | number>;
interface Leaf {
  path: Path;
  type: GraphQLInputType;
  name: string;
  /** A row of an imported file: its text is the file's, checked and reported row by row by the import. */
  raw: boolean;
}

/** A value every platform input rule accepts, for each type: the background the bad value stands out against. */
function plausible(type: GraphQLInputType, name: string): unknown {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return [plausible(inner.ofType as GraphQLInputType, name)];
  if (isInputObjectType(inner)) return Object.fromEntries(Object.values(inner.getFields()).map((f) => [f.name, plausible(f.type, f.name)]));
  if (isEnumType(inner)) return inner.getValues()[0].value;
  switch (getNamedType(inner).name) {
    case 'ID':
      return randomUUID();
    case 'Int':
      return name === 'first' ? 10 : 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    default:
      return INPUT_RULES.DATE_NAME.test(name) ? '2026-01-15' : '测试输入值';
  }
}

/** Every leaf (scalar or enum) of an argument, with its path inside the arguments. */
function leaves(type: GraphQLInputType, name: string, path: Path, raw = false, out: Leaf[] = []): Leaf[] {
  const inner = getNullableType(type) as GraphQLInputType;
  if (isListType(inner)) return leaves(inner.ofType as GraphQLInputType, name, [...path, 0], raw, out);
  if (isInputObjectType(inner)) {
    for (const f of Object.values(inner.getFields())) leaves(f.type, f.name, [...path, f.name], raw || INPUT_RULES.RAW_ROWS.test(inner.name), out);
    return out;
  }
  out.push({ path, type, name, raw });
  return out;
}

const setAt = (args: Record<string, unknown>, path: Path, value: unknown): Record<string, unknown> => {
  const copy = structuredClone(args);
  let at: any = copy;
  for (const key of path.slice(0, -1)) at = at[key];
  if (value === undefined) delete at[path.at(-1)!];
  else at[path.at(-1)!] = value;
  return copy;
};

/** How the guard names a leaf: inside `input`, the input's own path; lists count as the field. */
const fieldName = (path: Path) =>
  path
    .filter((p) => typeof p === 'string')
    .filter((p, i) => !(i === 0 && p === 'input'))
    .join('.');

/** The bad values of a leaf, each with whether the platform's own guard (rather than GraphQL's coercion) refuses it. */
function badValues(leaf: Leaf): Array<{ label: string; value: unknown; guard: boolean }> {
  const required = isNonNullType(leaf.type);
  const named = getNamedType(leaf.type);
  const cases: Array<{ label: string; value: unknown; guard: boolean }> = [];
  if (required) cases.push({ label: 'missing', value: undefined, guard: false });
  if (isEnumType(named)) return [...cases, { label: 'unknown enum value', value: 'NOT_A_VALUE', guard: false }];
  switch (named.name) {
    case 'ID':
      cases.push({ label: 'non-UUID id', value: 'x', guard: true }, { label: 'wrong type', value: { a: 1 }, guard: false });
      break;
    case 'String': {
      const max = INPUT_RULES.LONG_TEXT[leaf.name] ?? INPUT_RULES.MAX_TEXT;
      cases.push({ label: 'NUL byte', value: 'a\u0000b', guard: true }, { label: 'over-length', value: 'x'.repeat(max + 1), guard: true });
      cases.push({ label: 'wrong type', value: 12345, guard: false });
      if (leaf.raw) break;
      if (required && !INPUT_RULES.VERBATIM.has(leaf.name)) cases.push({ label: 'whitespace', value: '   \t ', guard: true });
      if (INPUT_RULES.DATE_NAME.test(leaf.name)) {
        cases.push({ label: 'impossible date', value: '2026-02-30', guard: true }, { label: 'implausible date', value: '0001-01-01', guard: true });
      }
      break;
    }
    case 'Int':
    case 'Float':
      cases.push(
        { label: 'negative', value: -5, guard: true },
        { label: 'huge', value: 2 ** 31, guard: named.name === 'Float' },
        { label: 'implausible', value: INPUT_RULES.MAX_NUMBER + 1, guard: true },
      );
      if (leaf.name === 'first') cases.push({ label: 'zero page', value: 0, guard: true });
      break;
    case 'Boolean':
      cases.push({ label: 'wrong type', value: 'yes', guard: false });
      break;
  }
  return cases;
}

/** The cheapest selection a field's answer needs; a payload's coded errors when it has them. */
function selection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isObjectType(named) && named.getFields().errors) return ' { errors { code message field } }';
  return isObjectType(named) || isAbstractType(named) ? ' { __typename }' : '';
}

/** The first refusal of an answer: a request-level error, or the first of the payload's `errors`. */
function refusalOf(res: GraphQLResponse): { code?: string; message: string; field?: unknown } | undefined {
  const error = res.errors?.[0];
  if (error) return { code: error.extensions?.code, message: error.message, field: error.extensions?.field };
  const payload = Object.values(res.data ?? {})[0] as { errors?: Array<{ code: string; message: string; field: string | null }> } | null;
  return payload?.errors?.[0];
}

function typeString(type: GraphQLInputType): string {
  return type.toString();
}

async function send(root: 'query' | 'mutation', field: GraphQLField<unknown, unknown>, args: Record<string, unknown>): Promise<GraphQLResponse> {
  const defs = field.args.map((a) => `$${a.name}: ${typeString(a.type)}`).join(', ');
  const uses = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const doc = `${root} BadInput${defs ? `(${defs})` : ''} { ${field.name}${uses ? `(${uses})` : ''}${selection(field)} }`;
  return gql(platform.gatewayUrl, doc, args, admin);
}

/** Every row of every table of every service, as one count per table. */
async function rowCounts(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [service, orm] of Object.entries(platform.orms)) {
    const conn = orm.em.getConnection();
    const tables: Array<{ t: string }> = await conn.execute(
      `select table_name as t from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
    );
    const union = tables.map(({ t }) => `select '${t}' as t, count(*)::int as n from "${t}"`).join(' union all ');
    for (const r of (await conn.execute(union)) as Array<{ t: string; n: number }>) out[`${service}.${r.t}`] = r.n;
  }
  return out;
}

beforeAll(async () => {
  platform = await startPlatformInProcess({ serverUrl: inject('pgServerUrl'), databasePrefix: testDatabaseName('bad_input'), residentsPerCommunity: 3 });
  admin = await loginAs(platform.gatewayUrl, 'admin', 'Admin@2026');
});
afterAll(() => platform?.stop());

describe('bad input, generated from the schema', () => {
  const roots: Array<['query' | 'mutation', GraphQLObjectType]> = [
    ['mutation', schema.getMutationType()!],
    ['query', schema.getQueryType()!],
  ];

  it('gets a coded Chinese error for every bad value of every argument, and writes nothing', async () => {
    const before = await rowCounts();
    const failures: string[] = [];
    let cases = 0;
    for (const [root, type] of roots) {
      for (const field of Object.values(type.getFields())) {
        if (!field.args.length) continue;
        const base = Object.fromEntries(field.args.map((a) => [a.name, plausible(a.type, a.name)]));
        for (const arg of field.args) {
          for (const leaf of leaves(arg.type, arg.name, [arg.name])) {
            for (const bad of badValues(leaf)) {
              cases++;
              const res = await send(root, field, setAt(base, leaf.path, bad.value));
              const refusal = refusalOf(res);
              const where = `${root} ${field.name}(${leaf.path.join('.')}) ${bad.label}`;
              const code = refusal?.code;
              if (!refusal || !code || code === 'INTERNAL' || !/[\u4e00-\u9fff]/.test(refusal.message)) {
                failures.push(`${where}: ${JSON.stringify(res.errors ?? res.data).slice(0, 200)}`);
              } else if (bad.guard && code !== 'QUERY_TOO_COSTLY' && refusal.field !== fieldName(leaf.path)) {
                // (the gateway prices a trend of many periods before the argument reaches the guard)
                failures.push(`${where}: refused as ${code} for ${String(refusal.field)}, not for ${fieldName(leaf.path)}`);
              }
            }
          }
        }
      }
    }
    expect(failures).toEqual([]);
    expect(cases).toBeGreaterThan(500);
    expect(await rowCounts()).toEqual(before);
  }, 240_000); // a thousand requests one after another: 11 s alone, far longer beside the heavy specs on a 2-core CI machine

  it('refuses a tampered cursor, batches and oversized bodies with coded Chinese errors', async () => {
    const tampered = await gql(platform.gatewayUrl, '{ residents(after: "Zm9vOyBkcm9wIHRhYmxl") { nodes { id } } }', {}, admin);
    expect(tampered.errors?.[0]).toMatchObject({ extensions: { code: 'INPUT_CURSOR_INVALID', field: 'after' } });
    const batch = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...admin },
      body: JSON.stringify([{ query: '{ stations { id } }' }, { query: '{ stations { id } }' }]),
    });
    const body = (await batch.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(body.errors[0]).toMatchObject({ message: '不支持批量请求，请逐个发送', extensions: { code: 'BATCHING_NOT_SUPPORTED' } });
    const huge = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...admin },
      body: JSON.stringify({ query: '{ stations { id } }', variables: { pad: 'x'.repeat(2_000_000) } }),
    });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0].extensions.code).toBe('REQUEST_TOO_LARGE');
  });
});
