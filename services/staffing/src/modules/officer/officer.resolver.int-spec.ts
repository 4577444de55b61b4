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
