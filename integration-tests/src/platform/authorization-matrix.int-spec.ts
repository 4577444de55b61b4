import { demoStations, stableId } from '@cp/demo-district';
import { gql, loginAs, testDatabaseName, type GraphQLResponse } from '@cp/testkit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startPlatformInProcess, type InProcessPlatform } from '@cp/launcher';

/*
 * The authorization matrix: every caller kind × a place in its own jurisdiction, a neighbouring
 * one (the next community of the same station; for a station head the next station) and one in
 * another station × every kind of resource, read through the gateway. Each cell is what the
 * caller got: `clear`/`masked` personal data, `rows`/`none` from a list, `read`/`written`, or the
 * error code. The expected table is the policy, written out in full.
 */

const stations = demoStations(5);
const community = (s: number, c: number) => ({ stationId: stations[s].id, communityId: stations[s].communities[c].id });
type Place = ReturnType<typeof community>;
type Caller = 'admin' | 'head' | 'officer' | 'partner';
type Where = 'own' | 'neighbouring' | 'other';

let platform: InProcessPlatform;
const headers = {} as Record<Caller, Record<string, string>>;
const places = {} as Record<Caller, Record<Where, Place>>;
let uniq = 0;

const outcome = (res: GraphQLResponse, ok: (data: Record<string, any>) => string): string => {
  const error = res.errors?.[0];
  if (error) return String(error.extensions?.code ?? error.message);
  return ok(res.data!);
};
const rowsOrNone = (n: number) => (n > 0 ? 'rows' : 'none');

/** Each resource: how to ask for it at a place, and how to read the answer. */
const RESOURCES: Record<string, (h: Record<string, string>, p: Place) => Promise<string>> = {
  resident: async (h, p) =>
    outcome(await gql(platform.gatewayUrl, `{ resident(id: "${stableId('resident', p.communityId, 0)}") { masked } }`, {}, h), (d) =>
      d.resident ? (d.resident.masked ? 'masked' : 'clear') : 'null',
    ),
  residentList: async (h, p) =>
    outcome(await gql(platform.gatewayUrl, `{ residents(communityId: "${p.communityId}", first: 5) { nodes { id } } }`, {}, h), (d) =>
      rowsOrNone(d.residents.nodes.length),
    ),
  dispute: async (h, p) =>
    outcome(await gql(platform.gatewayUrl, `{ dispute(id: "${stableId('dispute', p.communityId, 0)}") { id } }`, {}, h), (d) => (d.dispute ? 'read' : 'null')),
  disputeList: async (h, p) =>
    outcome(await gql(platform.gatewayUrl, `{ disputes(communityId: "${p.communityId}", first: 5) { nodes { id } } }`, {}, h), (d) =>
      rowsOrNone(d.disputes.nodes.length),
    ),
  registerDispute: async (h, p) =>
    outcome(
      await gql(
        platform.gatewayUrl,
        `mutation($i: RegisterDisputeInput!) { registerDispute(input: $i) { dispute { id } errors { code } } }`,
        { i: { title: '矩阵测试纠纷', category: 'neighbour', source: 'walk_in', communityId: p.communityId, parties: [{ name: `矩阵当事人${++uniq}` }] } },
        h,
      ),
      (d) => d.registerDispute.errors[0]?.code ?? 'written',
    ),
  stationTime: async (h, p) =>
    outcome(
      await gql(platform.gatewayUrl, `{ stationTimeInCommunity(stationId: "${p.stationId}", from: "2026-01-01", to: "2026-02-01") { officer { id } } }`, {}, h),
      (d) => rowsOrNone(d.stationTimeInCommunity.length),
    ),
  staffingReport: async (h, p) =>
    outcome(await gql(platform.gatewayUrl, `{ staffingReport(stationId: "${p.stationId}") { stations { swornOfficers } } }`, {}, h), (d) =>
      rowsOrNone(d.staffingReport.stations.length),
    ),
  officers: async (h, p) =>
    outcome(await gql(platform.gatewayUrl, `{ officers(stationId: "${p.stationId}") { id } }`, {}, h), (d) => rowsOrNone(d.officers.length)),
  community: async (h, p) =>
    outcome(await gql(platform.gatewayUrl, `{ community(id: "${p.communityId}") { name populationStats { residents } } }`, {}, h), (d) =>
      d.community ? 'read' : 'null',
    ),
  dutyOfficer: async (h, p) =>
    outcome(
      await gql(platform.gatewayUrl, `{ community(id: "${p.communityId}") { dutyOfficer(at: "2030-01-01T02:00:00Z") { officer { id } } } }`, {}, h),
      (d) => (d.community?.dutyOfficer ? 'read' : 'null'),
    ),
  /** District-wide records with no place: the same answer wherever asked. */
  auditTrail: async (h) => outcome(await gql(platform.gatewayUrl, '{ personalDataAccesses(first: 1) { totalCount } }', {}, h), () => 'read'),
  accounts: async (h) => outcome(await gql(platform.gatewayUrl, '{ accounts { id } }', {}, h), (d) => rowsOrNone(d.accounts.length)),
  partners: async (h) => outcome(await gql(platform.gatewayUrl, '{ partners { id } }', {}, h), (d) => rowsOrNone(d.partners.length)),
};

beforeAll(async () => {
  platform = await startPlatformInProcess({ serverUrl: inject('pgServerUrl'), databasePrefix: testDatabaseName('matrix'), residentsPerCommunity: 40 });
  headers.admin = await loginAs(platform.gatewayUrl, 'admin', 'Admin@2026');
  headers.head = await loginAs(platform.gatewayUrl, 'qianmen', 'Qianmen@2026');
  headers.officer = await loginAs(platform.gatewayUrl, 'dongsi', 'Dongsi@2026');
  const mine: string[] = (await gql(platform.gatewayUrl, '{ me { communityIds } }', {}, headers.officer)).data!.me.communityIds;
  const own = stations[1].communities.findIndex((c) => mine.includes(c.id));
  const neighbour = stations[1].communities.findIndex((c) => !mine.includes(c.id));
  const registered = await gql(
    platform.gatewayUrl,
    `mutation($i: RegisterPartnerInput!) { registerPartner(input: $i) { partner { clientId } clientSecret } }`,
    { i: { name: '矩阵网格平台', communityIds: [community(1, own).communityId], scopes: ['residents:read', 'disputes:read', 'grid-events:report'] } },
    headers.admin,
  );
  const { partner, clientSecret } = registered.data!.registerPartner;
  const token = await gql(platform.gatewayUrl, `mutation { partnerToken(clientId: "${partner.clientId}", clientSecret: "${clientSecret}") { accessToken } }`);
  headers.partner = { authorization: `Bearer ${token.data!.partnerToken.accessToken}` };

  places.admin = { own: community(1, own), neighbouring: community(2, 0), other: community(4, 0) };
  places.head = { own: community(0, 0), neighbouring: community(1, 0), other: community(4, 0) };
  places.officer = { own: community(1, own), neighbouring: community(1, neighbour), other: community(4, 0) };
  places.partner = { own: community(1, own), neighbouring: community(1, neighbour), other: community(4, 0) };
});
afterAll(() => platform?.stop());

const OUT = 'OUTSIDE_JURISDICTION';
const NO = 'UNAUTHORIZED';
/** Refused at the gateway: the field is not in the partner policy (PARTNER_FIELDS). */
const PF = 'PARTNER_FIELD_NOT_ALLOWED';
const all = (v: string): [string, string, string] => [v, v, v];
const ownOnly = (own: string, outside: string): [string, string, string] => [own, outside, outside];

/**
 * The policy, [own, neighbouring, other] per caller and resource. Personal data in clear only
 * to the officers who answer for the place; partners masked, in their grid, with their scopes,
 * and nothing of the police's own organisation; district-wide records to administrators.
 */
const POLICY: Record<string, Record<Caller, [string, string, string]>> = {
  resident: { admin: all('masked'), head: ownOnly('clear', OUT), officer: ownOnly('clear', OUT), partner: ownOnly('masked', OUT) },
  residentList: { admin: all('rows'), head: ownOnly('rows', 'none'), officer: ownOnly('rows', 'none'), partner: ownOnly('rows', 'none') },
  dispute: { admin: all('read'), head: ownOnly('read', OUT), officer: ownOnly('read', OUT), partner: ownOnly('read', OUT) },
  disputeList: { admin: all('rows'), head: ownOnly('rows', 'none'), officer: ownOnly('rows', 'none'), partner: ownOnly('rows', 'none') },
  // partners report grid events; registering and handling disputes is police work
  registerDispute: { admin: all('written'), head: ownOnly('written', OUT), officer: ownOnly('written', OUT), partner: all(PF) },
  // a station's time-in-community table is for whoever answers for the station (an officer sees their own on their profile)
  stationTime: { admin: all('rows'), head: ownOnly('rows', 'none'), officer: all('none'), partner: all(PF) },
  // staffing figures of the station the officer serves (the neighbouring community is in the same station)
  staffingReport: { admin: all('rows'), head: ownOnly('rows', 'none'), officer: ['rows', 'rows', 'none'], partner: all(PF) },
  // the police directory is district-wide for police users; partners see no officer at all
  officers: { admin: all('rows'), head: all('rows'), officer: all('rows'), partner: all(PF) },
  community: { admin: all('read'), head: all('read'), officer: all('read'), partner: ownOnly('read', 'null') },
  dutyOfficer: { admin: all('read'), head: all('read'), officer: all('read'), partner: all(PF) },
  auditTrail: { admin: all('read'), head: all(NO), officer: all(NO), partner: all(PF) },
  accounts: { admin: all('rows'), head: all(NO), officer: all(NO), partner: all(PF) },
  partners: { admin: all('rows'), head: all(NO), officer: all(NO), partner: all(PF) },
};

describe('authorization matrix', () => {
  it('gives every caller exactly what its role and jurisdiction allow, for every resource', async () => {
    const actual: Record<string, Record<string, string[]>> = {};
    for (const [resource, probe] of Object.entries(RESOURCES)) {
      actual[resource] = {};
      for (const caller of Object.keys(places) as Caller[]) {
        actual[resource][caller] = [];
        for (const where of ['own', 'neighbouring', 'other'] as Where[]) actual[resource][caller].push(await probe(headers[caller], places[caller][where]));
      }
    }
    expect(actual).toEqual(POLICY);
  });
});
