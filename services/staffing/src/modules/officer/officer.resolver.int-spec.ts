import { demoStaffing, demoStations } from '@cp/demo-district';
import { asGateway, claimsFor, gql, testSubgraph, type TestSubgraph } from '@cp/testkit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createStaffingSubgraph } from '../../subgraph';
import { LOGIN_LIMITS } from '../account/login-throttle';

let sub: TestSubgraph;
const stations = demoStations();
const staffing = demoStaffing(stations);
const sql = (q: string, p: unknown[] = []) => sub.orm.em.getConnection().execute(q, p);
const DUTY = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Community { id dutyOfficer(at: "2030-06-01T12:00:00+08:00") { basis officer { id } } officers { role officer { id } } } } }`;
const duty = async (communityId: string) =>
  (await gql(sub.url, DUTY, { r: [{ __typename: 'Community', id: communityId }] }, await asGateway(claimsFor.districtAdmin()))).data!._entities[0];

beforeAll(async () => {
  sub = await testSubgraph(inject('pgServerUrl'), createStaffingSubgraph());
});
afterAll(() => sub?.stop());

describe('login', () => {
  const LOGIN =
    'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { roles communityIds stationIds } errors { code message } } }';

  it('gives a community officer the communities of their A and B posts', async () => {
    const res = await gql(sub.url, LOGIN, { u: 'dongsi', p: 'Dongsi@2026' }, await asGateway(null));
    const user = res.data!.login.user;
    const officerId = staffing.posts.find((p) => p.communityId === stations[1].communities[0].id && p.role === 'A')!.officerId;
    const expected = [...new Set(staffing.posts.filter((p) => p.officerId === officerId).map((p) => p.communityId))].sort();
    expect(res.data!.login.token).toMatch(/^ey/);
    expect(user.roles).toEqual(['community_officer']);
    expect([...user.communityIds].sort()).toEqual(expected);
  });

  it('gives a station head their station', async () => {
    const res = await gql(sub.url, LOGIN, { u: 'qianmen', p: 'Qianmen@2026' }, await asGateway(null));
    expect(res.data!.login.user.stationIds).toEqual([stations[0].id]);
  });

  it.each([
    ['dongsi', 'wrong'],
    ['nobody', 'Dongsi@2026'],
  ])('refuses %s / %s with the same coded Chinese message', async (u, p) => {
    const res = await gql(sub.url, LOGIN, { u, p }, await asGateway(null));
    expect(res.data!.login).toEqual({ token: null, user: null, errors: [{ code: 'LOGIN_FAILED', message: '用户名或密码错误' }] });
  });
});

describe('login throttling', () => {
  const LOGIN = 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token errors { code message } } }';
  const attempt = async (u: string, p: string, from: string) =>
    (await gql(sub.url, LOGIN, { u, p }, await asGateway(null, { clientAddress: from }))).data!.login;
  const PAIR = LOGIN_LIMITS.pair.points;

  it(`answers a known and an unknown username alike after ${PAIR} failures from one address, even for the right password, while the owner logs in elsewhere`, async () => {
    for (const u of ['qianmen', 'nobody-here']) {
      for (let i = 0; i < PAIR; i++) expect((await attempt(u, 'wrong', '198.51.100.1')).errors[0].code).toBe('LOGIN_FAILED');
      expect((await attempt(u, 'wrong', '198.51.100.1')).errors[0]).toEqual({ code: 'LOGIN_THROTTLED', message: expect.stringMatching(/请 \d+ 分钟后再试/) });
    }
    expect((await attempt('qianmen', 'Qianmen@2026', '198.51.100.1')).errors[0].code).toBe('LOGIN_THROTTLED');
    expect((await attempt('qianmen', 'Qianmen@2026', '198.51.100.2')).token).toMatch(/^ey/);
    await sql(`update login_throttle set expire = 0 where key like 'pair:%@198.51.100.1'`);
    expect((await attempt('qianmen', 'Qianmen@2026', '198.51.100.1')).token).toMatch(/^ey/);
  });

  it('throttles an address that tries many usernames', async () => {
    for (let i = 0; i < LOGIN_LIMITS.address.points; i++) await attempt(`spray${i}`, 'wrong', '198.51.100.3');
    expect((await attempt('qianmen', 'Qianmen@2026', '198.51.100.3')).errors[0].code).toBe('LOGIN_THROTTLED');
    expect((await attempt('qianmen', 'Qianmen@2026', '198.51.100.4')).token).toMatch(/^ey/);
  });

  it('counts parallel guesses atomically', async () => {
    await Promise.all(Array.from({ length: PAIR + 1 }, () => attempt('qianmen', 'wrong', '198.51.100.5')));
    expect((await attempt('qianmen', 'Qianmen@2026', '198.51.100.5')).errors[0].code).toBe('LOGIN_THROTTLED');
  });

  it("forgets the pair's failures after a success", async () => {
    for (let i = 1; i < PAIR; i++) await attempt('qianmen', 'wrong', '198.51.100.6');
    expect((await attempt('qianmen', 'Qianmen@2026', '198.51.100.6')).token).toMatch(/^ey/);
    for (let i = 1; i < PAIR; i++) expect((await attempt('qianmen', 'wrong', '198.51.100.6')).errors[0].code).toBe('LOGIN_FAILED');
    expect((await attempt('qianmen', 'Qianmen@2026', '198.51.100.6')).token).toMatch(/^ey/);
  });
});

describe('Community.dutyOfficer', () => {
  const community = stations[3].communities[2].id;
  const post = (role: 'A' | 'B') => staffing.posts.find((p) => p.communityId === community && p.role === role)!.officerId;

  it('is, where no roster covers the moment, the A-role officer, then the B-role officer when A is vacant, then nobody', async () => {
    expect((await duty(community)).dutyOfficer).toMatchObject({ officer: { id: post('A') }, basis: expect.stringContaining('A 岗') });
    await sql(`delete from community_post where community_id = ? and role = 'A'`, [community]);
    expect((await duty(community)).dutyOfficer).toMatchObject({ officer: { id: post('B') }, basis: expect.stringContaining('B 岗') });
    await sql(`delete from community_post where community_id = ?`, [community]);
    expect((await duty(community)).dutyOfficer).toBeNull();
  });

  it('lists the posts of a community: A, B and its two auxiliaries (一警两辅)', async () => {
    const c = stations[4].communities[0].id;
    const posts = (await duty(c)).officers.map((p: { role: string; officer: { id: string } }) => [p.role, p.officer.id]);
    expect(posts.slice(0, 2)).toEqual(['A', 'B'].map((role) => [role, staffing.posts.find((p) => p.communityId === c && p.role === role)!.officerId]));
    expect(posts.slice(2).map(([role]: string[]) => role)).toEqual(['AUX', 'AUX']);
  });
});

describe('work phone', () => {
  const UPDATE = `mutation($i: UpdateOfficerPhoneInput!) { updateOfficerPhone(input: $i) { officer { id phone version } errors { code field } } }`;
  const officerOf = (stationIndex: number) => staffing.officers.find((o) => o.stationId === stations[stationIndex].id)!;
  const versionOf = async (id: string) => (await sql('select version from officer where id = ?', [id]))[0].version as number;
  const update = async (claims: ReturnType<typeof claimsFor.districtAdmin>, input: Record<string, unknown>) =>
    (await gql(sub.url, UPDATE, { i: input }, await asGateway(claims))).data!.updateOfficerPhone;

  it("is kept by the officer's own station head, at the version read", async () => {
    const o = officerOf(0);
    const version = await versionOf(o.id);
    const done = await update(claimsFor.stationHead(stations[0].id), { id: o.id, version, phone: '010-64001234' });
    expect(done).toEqual({ officer: { id: o.id, phone: '010-64001234', version: version + 1 }, errors: [] });
    const stale = await update(claimsFor.stationHead(stations[0].id), { id: o.id, version, phone: '13800000000' });
    expect(stale).toEqual({ officer: null, errors: [{ code: 'STALE_VERSION', field: 'version' }] });
  });

  it("refuses another station's head, a malformed number and an unknown officer, writing nothing", async () => {
    const o = officerOf(1);
    const version = await versionOf(o.id);
    expect(await update(claimsFor.stationHead(stations[0].id), { id: o.id, version, phone: '13800000000' })).toEqual({
      officer: null,
      errors: [{ code: 'OUTSIDE_JURISDICTION', field: 'id' }],
    });
    expect((await update(claimsFor.districtAdmin(), { id: o.id, version, phone: '12345' })).errors).toEqual([{ code: 'OFFICER_PHONE_FORMAT', field: 'phone' }]);
    expect((await update(claimsFor.districtAdmin(), { id: crypto.randomUUID(), version: 1, phone: null })).errors).toEqual([
      { code: 'OFFICER_NOT_FOUND', field: 'id' },
    ]);
    expect(await versionOf(o.id)).toBe(version);
  });
});

describe('police groups', () => {
  const SAVE = `mutation($i: SavePoliceGroupInput!) { savePoliceGroup(input: $i) { group { id } errors { code field } } }`;

  it('cannot be edited by id from another station, whatever station the caller names', async () => {
    const [group] = await sql('select g.id, g.version, g.leader_id, g.station_id from police_group g where g.station_id = ? limit 1', [stations[1].id]);
    // an officer of the caller's station in no group, so that nothing but the group's station can refuse
    const newcomers = [crypto.randomUUID(), crypto.randomUUID()];
    for (const [i, id] of newcomers.entries()) {
      await sql(`insert into officer (id, badge_no, name, station_id, role, sworn, version) values (?, ?, '新警员', ?, 'case_team', true, 1)`, [
        id,
        `T-000${i}`,
        stations[0].id,
      ]);
    }
    const input = { id: group.id, version: group.version, stationId: stations[0].id, name: '改名', leaderId: newcomers[0], memberIds: newcomers };
    const res = await gql(sub.url, SAVE, { i: input }, await asGateway(claimsFor.stationHead(stations[0].id)));
    expect(res.data!.savePoliceGroup).toEqual({ group: null, errors: [{ code: 'GROUP_NOT_FOUND', field: 'id' }] });
    expect((await sql('select name from police_group where id = ?', [group.id]))[0].name).not.toBe('改名');
  });
});
