import 'reflect-metadata';
import { buildSchema, execute, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { guardArguments } from './input-guard';

/** A list of places, each with a figure over a period: the shape of a district page. */
const schema = guardArguments(
  buildSchema(`
    type Place { id: ID!, figure(from: String!, to: String!): String }
    type Query { places: [Place!]! }
  `),
);
let resolved = 0;
const places = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
const document = parse('query Page($from: String!, $to: String!) { places { id figure(from: $from, to: $to) } }');
const root = {
  places: () =>
    places.map((p) => ({
      ...p,
      figure: (args: { from: string; to: string }) => {
        resolved++;
        return `${p.id} ${args.from}…${args.to}`;
      },
    })),
};

const run = (variableValues: Record<string, unknown>) => execute({ schema, document, rootValue: root, variableValues });

describe('the input guard on a field under a list', () => {
  it('answers every place of the list, checked once per operation, and checks each operation anew', async () => {
    resolved = 0;
    const good = await run({ from: '2026-11-01', to: '2026-12-01' });
    expect(good.errors).toBeUndefined();
    expect(good.data).toMatchObject({
      places: [{ figure: 'a 2026-11-01…2026-12-01' }, { figure: 'b 2026-11-01…2026-12-01' }, { figure: 'c 2026-11-01…2026-12-01' }],
    });
    expect(resolved).toBe(3);

    // the same document with a day that does not exist: refused at every place, the resolver never runs
    const bad = await run({ from: '2026-02-30', to: '2026-12-01' });
    expect(bad.errors).toHaveLength(3);
    expect(bad.errors!.map((e) => e.extensions.code)).toEqual(['INPUT_DATE_INVALID', 'INPUT_DATE_INVALID', 'INPUT_DATE_INVALID']);
    expect(resolved).toBe(3);

    // and good again: the refusal was that operation's, not the document's
    expect((await run({ from: '2026-10-01', to: '2026-11-01' })).errors).toBeUndefined();
    expect(resolved).toBe(6);
  });
});
