import { demoStations } from '@cp/demo-district';
import { asGateway, claimsFor, gql, testSubgraph, type TestSubgraph } from '@cp/testkit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { populationSubgraph } from '../../subgraph';

const MINE = `{ myCommunities { id station { id } } myStations { id } }`;

let sub: TestSubgraph;
const stations = demoStations();
const [qianmen, dongsi] = stations;

beforeAll(async () => {
  sub = await testSubgraph(inject('pgServerUrl'), populationSubgraph, 2);
});
afterAll(() => sub?.stop());

const mine = async (headers: Record<string, string>) => {
  const res = await gql(sub.url, MINE, {}, headers);
  expect(res.errors).toBeUndefined();
  return { communities: res.data!.myCommunities.map((c: { id: string }) => c.id), stations: res.data!.myStations.map((s: { id: string }) => s.id) };
};

describe('myCommunities / myStations: the places a caller answers for, by the one jurisdiction rule', () => {
  it('gives a district admin every community and station', async () => {
    const { communities, stations: theirStations } = await mine(await asGateway(claimsFor.districtAdmin()));
    expect(communities).toHaveLength(stations.flatMap((s) => s.communities).length);
    expect(theirStations).toHaveLength(stations.length);
  });

  it('gives a station head their station and all its communities', async () => {
    const { communities, stations: theirStations } = await mine(await asGateway(claimsFor.stationHead(dongsi.id)));
    expect(communities.sort()).toEqual(dongsi.communities.map((c) => c.id).sort());
    expect(theirStations).toEqual([dongsi.id]);
  });

  it('gives a community officer only their posts’ communities, and the station they lie in', async () => {
    const { communities, stations: theirStations } = await mine(await asGateway(claimsFor.communityOfficer([dongsi.communities[0].id])));
    expect(communities).toEqual([dongsi.communities[0].id]);
    expect(theirStations).toEqual([dongsi.id]);
  });

  it('gives a partner only the communities it covers, and an account answering for nothing nothing', async () => {
    const partner = { ...claimsFor.communityOfficer([qianmen.communities[1].id]), roles: ['partner' as const] };
    expect(await mine(await asGateway(partner))).toEqual({ communities: [qianmen.communities[1].id], stations: [qianmen.id] });
    expect(await mine(await asGateway(claimsFor.communityOfficer([])))).toEqual({ communities: [], stations: [] });
  });
});
