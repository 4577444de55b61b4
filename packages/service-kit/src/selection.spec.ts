import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selects } from './selection';

const schema = buildSchema(`
  type Community { id: ID! name: String! }
  type Resident { id: ID! community: Community }
  type Page { nodes: [Resident!]! }
  type Query { residents: Page! }
`);

/** Whether `residents` was asked for `nodes.community`, for one query text. */
async function asksForCommunity(query: string): Promise<boolean> {
  let seen: boolean | undefined;
  const rootValue = {
    residents: (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
      seen = selects(info, 'nodes', 'community');
      return { nodes: [] };
    },
  };
  const result = await graphql({ schema, source: query, rootValue });
  expect(result.errors).toBeUndefined();
  return seen!;
}

describe('selects', () => {
  it('sees a field asked for directly, through an alias, or inside fragments', async () => {
    expect(await asksForCommunity('{ residents { nodes { id community { name } } } }')).toBe(true);
    expect(await asksForCommunity('{ residents { rows: nodes { place: community { id } } } }')).toBe(true);
    expect(await asksForCommunity('{ residents { ...P } } fragment P on Page { nodes { ... on Resident { community { id } } } }')).toBe(true);
  });

  it('does not see a field that was not asked for', async () => {
    expect(await asksForCommunity('{ residents { nodes { id } } }')).toBe(false);
  });
});
