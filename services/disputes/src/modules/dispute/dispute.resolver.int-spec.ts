import { demoStations } from '@cp/demo-district';
import { asGateway, claimsFor, gql, testSubgraph, type TestSubgraph } from '@cp/testkit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { disputesSubgraph } from '../../subgraph';

let sub: TestSubgraph;
const [qianmen, dongsi] = demoStations();
const mine = dongsi.communities[0].id;
const officer = () => asGateway(claimsFor.communityOfficer([mine]));
const sql = (q: string, p: unknown[] = []) => sub.orm.em.getConnection().execute(q, p);

const RESIDENT_DISPUTES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Resident { id disputes { id title community { id } } } } }`;

beforeAll(async () => {
  sub = await testSubgraph(inject('pgServerUrl'), disputesSubgraph);
});
afterAll(() => sub?.stop());

describe('Resident.disputes (federated from population)', () => {
  it('answers many residents in one request with exactly their disputes', async () => {
    const parties = await sql(
      `select resident_id, array_agg(dispute_id::text order by dispute_id) as ids from dispute_party group by resident_id order by resident_id limit 20`,
    );
    const res = await gql(
      sub.url,
      RESIDENT_DISPUTES,
      { r: parties.map((p) => ({ __typename: 'Resident', id: p.resident_id })) },
      await asGateway(claimsFor.districtAdmin()),
    );
    expect(res.errors).toBeUndefined();
    res.data!._entities.forEach((e: { disputes: Array<{ id: string }> }, i: number) => {
      expect(e.disputes.map((d) => d.id).sort()).toEqual(parties[i].ids);
    });
  });

  it('shows a community officer only the disputes inside their communities', async () => {
    const [outside] = await sql(`select p.resident_id from dispute_party p join dispute d on d.id = p.dispute_id where d.station_id = ? limit 1`, [qianmen.id]);
    const res = await gql(sub.url, RESIDENT_DISPUTES, { r: [{ __typename: 'Resident', id: outside.resident_id }] }, await officer());
    expect(res.data!._entities[0].disputes).toEqual([]);
  });
});

describe('the ledger', () => {
  it('lists the disputes of a community, scoped to the caller', async () => {
    const [{ n }] = await sql('select count(*)::int as n from dispute where community_id = ?', [mine]);
    const own = await gql(sub.url, 'query($c: ID) { disputes(communityId: $c, first: 200) { nodes { id community { id } } } }', { c: mine }, await officer());
    expect(own.data!.disputes.nodes).toHaveLength(n);
    const other = await gql(sub.url, 'query($c: ID) { disputes(communityId: $c) { nodes { id } } }', { c: qianmen.communities[0].id }, await officer());
    expect(other.data!.disputes.nodes).toEqual([]);
  });

  it('pages the ledger newest first without gaps or repeats', async () => {
    const headers = await asGateway(claimsFor.stationHead(dongsi.id));
    const seen: Array<{ id: string; reportedAt: string }> = [];
    let after: string | null = null;
    do {
      const res: any = await gql(
        sub.url,
        'query($after: String) { disputes(first: 25, after: $after) { nodes { id reportedAt } pageInfo { endCursor hasNextPage } } }',
        { after },
        headers,
      );
      seen.push(...res.data.disputes.nodes);
      after = res.data.disputes.pageInfo.hasNextPage ? res.data.disputes.pageInfo.endCursor : null;
    } while (after);
    const [{ n }] = await sql('select count(*)::int as n from dispute where station_id = ?', [dongsi.id]);
    expect(seen).toHaveLength(n);
    expect(new Set(seen.map((d) => d.id)).size).toBe(n);
    const times = seen.map((d) => d.reportedAt);
    expect(times).toEqual([...times].sort().reverse());
  });

  it('refuses a dispute outside the jurisdiction with a coded error', async () => {
    const [d] = await sql('select id from dispute where station_id = ? limit 1', [qianmen.id]);
    const res = await gql(sub.url, 'query($id: ID!) { dispute(id: $id) { id } }', { id: d.id }, await officer());
    expect(res.errors?.[0].extensions?.code).toBe('OUTSIDE_JURISDICTION');
  });

  it('lists parties, linked to residents where known', async () => {
    const [d] = await sql('select dispute_id from dispute_party group by dispute_id having count(*) = 2 limit 1');
    const res = await gql(
      sub.url,
      'query($id: ID!) { dispute(id: $id) { parties { name resident { id } } } }',
      { id: d.dispute_id },
      await asGateway(claimsFor.districtAdmin()),
    );
    expect(res.data!.dispute.parties).toHaveLength(2);
    expect(res.data!.dispute.parties.every((p: { resident: { id: string } | null }) => p.resident?.id)).toBe(true);
  });
});
