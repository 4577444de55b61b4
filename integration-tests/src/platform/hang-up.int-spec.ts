import { startPlatformInProcess, type InProcessPlatform } from '@cp/launcher';
import { loginAs, testDatabaseName } from '@cp/testkit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { typedGateway } from '../gateway';
import { graphql } from '../gql';

/*
 * Callers who hang up in the middle of a page whose plan calls several subgraphs in turn: their
 * calls stop, and nothing they leave behind brings the gateway down when the upstream timeout
 * fires afterwards (Hive Gateway's own upstream cancellation did: an unobserved rejection, seen
 * in the benchmark, fails this file as an unhandled error).
 */

const PAGE = graphql(`
  query HangUpPage($first: Int!) {
    residents(first: $first) {
      nodes {
        id
        disputes {
          id
        }
        community {
          id
          dutyOfficer {
            officer {
              id
            }
          }
        }
      }
    }
  }
`);

const TIMEOUT_MS = 1_500;
let platform: InProcessPlatform;
let dongsi: Record<string, string>;

beforeAll(async () => {
  platform = await startPlatformInProcess({
    serverUrl: inject('pgServerUrl'),
    databasePrefix: testDatabaseName('hangup'),
    residentsPerCommunity: 12,
    subgraphTimeoutMs: TIMEOUT_MS,
  });
  dongsi = await loginAs(platform.gatewayUrl, 'dongsi', 'Dongsi@2026');
});
afterAll(() => platform?.stop());

describe('callers who hang up mid-plan', () => {
  it('leave the gateway serving after the upstream timeout has passed', async () => {
    const body = JSON.stringify({ query: PAGE.toString(), variables: { first: 50 } });
    await Promise.all(
      Array.from({ length: 24 }, async (_, i) => {
        const caller = new AbortController();
        setTimeout(() => caller.abort(), 2 + (i % 12) * 4);
        await fetch(platform.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...dongsi }, body, signal: caller.signal }).then(
          (r) => r.text(),
          () => 'gone',
        );
      }),
    );
    await new Promise((r) => setTimeout(r, TIMEOUT_MS + 1_000));
    const page = await typedGateway(() => platform.gatewayUrl).call(dongsi, PAGE, { first: 5 });
    expect(page.residents.nodes).toHaveLength(5);
  });
});
