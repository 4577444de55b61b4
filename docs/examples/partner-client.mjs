#!/usr/bin/env node
// A partner system's client, with nothing but Node's fetch (Node 18+):
//   1. exchange client credentials for an access token (15 minutes),
//   2. list the residents of the partner's grid (ID numbers and phones always masked),
//   3. report a grid event; retrying with the same idempotency key creates it once.
//
// GATEWAY_URL=https://…/graphql CLIENT_ID=pc_… CLIENT_SECRET=… COMMUNITY_ID=… node partner-client.mjs

const { GATEWAY_URL = 'http://127.0.0.1:4000/graphql', CLIENT_ID, CLIENT_SECRET, COMMUNITY_ID } = process.env;
if (!CLIENT_ID || !CLIENT_SECRET || !COMMUNITY_ID) {
  console.error('set CLIENT_ID, CLIENT_SECRET and COMMUNITY_ID (and GATEWAY_URL)');
  process.exit(2);
}

/** One GraphQL call; coded errors become exceptions, 429 waits as the gateway asks and retries. */
async function graphql(query, variables = {}, token) {
  for (;;) {
    const res = await fetch(GATEWAY_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    if (res.status === 429) {
      const seconds = Number(res.headers.get('retry-after') ?? '1');
      await new Promise((r) => setTimeout(r, seconds * 1000));
      continue;
    }
    const body = await res.json();
    if (body.errors?.length) throw new Error(`${body.errors[0].extensions?.code}: ${body.errors[0].message}`);
    return body.data;
  }
}

const { partnerToken } = await graphql(
  'mutation Token($id: String!, $secret: String!) { partnerToken(clientId: $id, clientSecret: $secret) { accessToken expiresIn errors { code message } } }',
  { id: CLIENT_ID, secret: CLIENT_SECRET },
);
if (partnerToken.errors.length) throw new Error(`${partnerToken.errors[0].code}: ${partnerToken.errors[0].message}`);
const token = partnerToken.accessToken;
console.log(JSON.stringify({ step: 'token', expiresIn: partnerToken.expiresIn }));

// every page of the grid's residents, by cursor
let after = null;
let residents = 0;
do {
  const { residents: page } = await graphql(
    'query Residents($c: ID!, $after: String) { residents(communityId: $c, first: 100, after: $after) { nodes { id name idNumber phone masked } pageInfo { endCursor hasNextPage } } }',
    { c: COMMUNITY_ID, after },
    token,
  );
  residents += page.nodes.length;
  if (after === null) console.log(JSON.stringify({ step: 'first resident', resident: page.nodes[0] }));
  after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
} while (after);
console.log(JSON.stringify({ step: 'residents', count: residents }));

// the event's own number in the grid platform makes a good idempotency key
const event = {
  idempotencyKey: process.env.EVENT_KEY ?? `grid-event-${new Date().toISOString().slice(0, 10)}-0001`,
  title: '楼道堆放杂物引发邻里争执',
  category: 'neighbour',
  communityId: COMMUNITY_ID,
  addressText: process.env.EVENT_ADDRESS ?? null,
  reporterName: '网格员',
  parties: [{ name: '住户甲' }, { name: '住户乙' }],
};
const REPORT = 'mutation Report($e: GridEventInput!) { reportGridEvent(input: $e) { created dispute { id status } errors { code message field } } }';
for (const attempt of [1, 2]) {
  const { reportGridEvent } = await graphql(REPORT, { e: event }, token);
  if (reportGridEvent.errors.length) throw new Error(`${reportGridEvent.errors[0].code}: ${reportGridEvent.errors[0].message}`);
  console.log(JSON.stringify({ step: 'report', attempt, created: reportGridEvent.created, disputeId: reportGridEvent.dispute.id }));
}
