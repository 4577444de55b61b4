import { startPlatformInProcess, type InProcessPlatform } from '@cp/launcher';
import { loginAs, testDatabaseName } from '@cp/testkit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { typedGateway } from '../gateway';
import { graphql } from '../gql';
import type { StationOfficersQuery } from '../gql/graphql';

/*
 * 用户与角色 on the whole platform: an administrator creates a login for an officer, whose
 * jurisdiction follows from the officer; refusals are coded; disabling, re-roling and password
 * resets end the user's sessions at the gateway; only district administrators manage users.
 */

let platform: InProcessPlatform;
let admin: Record<string, string>;
let stations: StationOfficersQuery['stations'];

graphql(`
  fragment AccountResult on UserAccountPayload {
    account {
      id
      username
      roles
      version
      disabledAt
      lockedUntil
      officer {
        id
      }
      stations {
        id
      }
      communities {
        id
      }
    }
    errors {
      code
      field
      message
    }
  }
`);
const CREATE = graphql(`
  mutation CreateAccount($i: CreateAccountInput!) {
    createAccount(input: $i) {
      ...AccountResult
    }
  }
`);
const UPDATE = graphql(`
  mutation UpdateAccount($id: ID!, $v: Int!, $i: AccountRolesInput!) {
    updateAccount(id: $id, version: $v, input: $i) {
      ...AccountResult
    }
  }
`);
const DISABLE = graphql(`
  mutation DisableAccount($id: ID!, $v: Int!, $d: Boolean!) {
    setAccountDisabled(id: $id, version: $v, disabled: $d) {
      ...AccountResult
    }
  }
`);
const RESET = graphql(`
  mutation ResetPassword($id: ID!, $v: Int!, $p: String!) {
    resetAccountPassword(id: $id, version: $v, password: $p) {
      ...AccountResult
    }
  }
`);
const LOGIN = graphql(`
  mutation LoginAttempt($u: String!, $p: String!) {
    login(username: $u, password: $p) {
      token
      errors {
        code
        message
      }
    }
  }
`);
const ACCOUNTS = graphql(`
  query Accounts {
    accounts {
      id
      username
      lockedUntil
      version
      officer {
        id
      }
    }
  }
`);

const { call: run, send } = typedGateway(() => platform.gatewayUrl);
const me = (session: Record<string, string>) =>
  send(
    session,
    graphql(`
      query MyJurisdiction {
        me {
          username
          stationIds
          communityIds
        }
      }
    `),
    {},
  );
const loginCode = async (username: string, password: string) => (await run({}, LOGIN, { u: username, p: password })).login.errors[0]?.code ?? 'OK';
/** A community officer of the last demo station (the demo logins belong to the first two). */
const freeOfficer = (k: number) => stations.at(-1)!.officers!.filter((o) => o.role === 'community_full_time')[k];

beforeAll(async () => {
  platform = await startPlatformInProcess({ serverUrl: inject('pgServerUrl'), databasePrefix: testDatabaseName('accounts'), residentsPerCommunity: 5 });
  admin = await loginAs(platform.gatewayUrl, 'admin', 'Admin@2026');
  stations = (
    await run(
      admin,
      graphql(`
        query StationOfficers {
          stations {
            id
            officers {
              id
              role
            }
            communities {
              id
              officers {
                officer {
                  id
                }
              }
            }
          }
        }
      `),
    )
  ).stations;
});
afterAll(() => platform?.stop());

describe('console users and roles', () => {
  it("creates a community officer's login whose jurisdiction is the officer's posts, and the login carries it", async () => {
    const officer = freeOfficer(0);
    const posts = stations
      .at(-1)!
      .communities.filter((c) => c.officers!.some((p) => p.officer.id === officer.id))
      .map((c) => c.id)
      .sort();
    expect(posts.length).toBeGreaterThan(0);
    const { createAccount } = await run(admin, CREATE, {
      i: { username: 'zhangsan', displayName: '张三', password: 'Zhangsan2026', roles: ['community_officer'], officerId: officer.id },
    });
    expect(createAccount.errors).toEqual([]);
    expect(createAccount.account!.communities.map((c) => c.id).sort()).toEqual(posts);
    const session = await loginAs(platform.gatewayUrl, 'zhangsan', 'Zhangsan2026');
    expect((await me(session)).data!.me.communityIds.sort()).toEqual(posts);

    // the station head's role follows the officer's own headship: not given to a community officer
    const notHead = await run(admin, UPDATE, {
      id: createAccount.account!.id,
      v: createAccount.account!.version,
      i: { displayName: '张三', roles: ['station_head'], officerId: officer.id },
    });
    expect(notHead.updateAccount.errors.map((e) => e.code)).toEqual(['ACCOUNT_ROLE_NOT_OFFICERS_POST']);
    // re-linked to the station's head: the old session ends, the new one answers for the station
    const head = stations.at(-1)!.officers!.find((o) => o.role === 'station_head')!;
    const { updateAccount } = await run(admin, UPDATE, {
      id: createAccount.account!.id,
      v: createAccount.account!.version,
      i: { displayName: '张三', roles: ['station_head'], officerId: head.id },
    });
    expect(updateAccount.account!.stations).toEqual([{ id: stations.at(-1)!.id }]);
    await expect.poll(async () => (await me(session)).errors?.[0]?.extensions?.code, { timeout: 5_000, interval: 200 }).toBe('UNAUTHENTICATED');
    const again = await loginAs(platform.gatewayUrl, 'zhangsan', 'Zhangsan2026');
    expect((await me(again)).data!.me).toMatchObject({ stationIds: [stations.at(-1)!.id], communityIds: [] });
  });

  it('refuses bad input with coded Chinese errors naming the field, and writes nothing', async () => {
    const officer = freeOfficer(1);
    const attempt = async (i: Record<string, unknown>) =>
      (
        await run(admin, CREATE, {
          i: { username: 'lisi', displayName: '李四', password: 'Lisi20261', roles: ['community_officer'], officerId: officer.id, ...i },
        })
      ).createAccount;
    expect((await attempt({ password: 'short1' })).errors).toEqual([expect.objectContaining({ code: 'PASSWORD_WEAK', field: 'password' })]);
    expect((await attempt({ password: 'onlyletters' })).errors[0].message).toMatch(/字母和数字/);
    expect((await attempt({ username: 'Li Si' })).errors[0]).toMatchObject({ code: 'ACCOUNT_USERNAME', field: 'username' });
    expect((await attempt({ username: 'admin' })).errors[0]).toMatchObject({ code: 'ACCOUNT_USERNAME_TAKEN', field: 'username' });
    expect((await attempt({ officerId: null })).errors[0]).toMatchObject({ code: 'ACCOUNT_OFFICER_REQUIRED', field: 'officerId' });
    expect((await attempt({ roles: ['partner'] })).errors[0]).toMatchObject({ code: 'ACCOUNT_ROLE_UNKNOWN', field: 'roles' });
    const taken = stations.at(-1)!.officers!.find((o) => o.role === 'station_head')!.id; // zhangsan's since the first test
    expect((await attempt({ officerId: taken })).errors[0]).toMatchObject({ code: 'ACCOUNT_OFFICER_TAKEN', field: 'officerId' });
    expect(await loginCode('lisi', 'Lisi20261')).toBe('LOGIN_FAILED');
  });

  it('disabling ends the sessions at once and refuses logins; enabling lets the user back in', async () => {
    const { createAccount } = await run(admin, CREATE, {
      i: { username: 'wangwu', displayName: '王五', password: 'Wangwu2026', roles: ['community_officer'], officerId: freeOfficer(2).id },
    });
    const session = await loginAs(platform.gatewayUrl, 'wangwu', 'Wangwu2026');
    const { setAccountDisabled } = await run(admin, DISABLE, { id: createAccount.account!.id, v: createAccount.account!.version, d: true });
    expect(setAccountDisabled.account!.disabledAt).not.toBeNull();
    await expect.poll(async () => (await me(session)).errors?.[0]?.extensions?.code, { timeout: 5_000, interval: 200 }).toBe('UNAUTHENTICATED');
    expect(await loginCode('wangwu', 'Wangwu2026')).toBe('ACCOUNT_DISABLED');
    expect(await loginCode('wangwu', 'wrong-password1')).toBe('LOGIN_FAILED'); // a guesser learns nothing
    // an edit made on a version someone else already changed is refused
    const stale = await run(admin, DISABLE, { id: createAccount.account!.id, v: createAccount.account!.version, d: false });
    expect(stale.setAccountDisabled.errors[0].code).toBe('STALE_VERSION');
    await run(admin, DISABLE, { id: createAccount.account!.id, v: setAccountDisabled.account!.version, d: false });
    expect(await loginCode('wangwu', 'Wangwu2026')).toBe('OK');
  });

  it('a password reset lifts a lockout and ends the old password and sessions', async () => {
    const { createAccount } = await run(admin, CREATE, {
      i: { username: 'zhaoliu', displayName: '赵六', password: 'Zhaoliu2026', roles: ['community_officer'], officerId: freeOfficer(3).id },
    });
    const session = await loginAs(platform.gatewayUrl, 'zhaoliu', 'Zhaoliu2026');
    for (let i = 0; i < 5; i++) await loginCode('zhaoliu', 'not-it-123');
    expect(await loginCode('zhaoliu', 'Zhaoliu2026')).toBe('LOGIN_THROTTLED');
    const listed = (await run(admin, ACCOUNTS)).accounts.find((a) => a.username === 'zhaoliu')!;
    expect(listed.lockedUntil).not.toBeNull();
    const { resetAccountPassword } = await run(admin, RESET, { id: createAccount.account!.id, v: listed.version, p: 'Zhaoliu2027' });
    expect(resetAccountPassword.account!.lockedUntil).toBeNull();
    await expect.poll(async () => (await me(session)).errors?.[0]?.extensions?.code, { timeout: 5_000, interval: 200 }).toBe('UNAUTHENTICATED');
    expect(await loginCode('zhaoliu', 'Zhaoliu2026')).toBe('LOGIN_FAILED');
    expect(await loginCode('zhaoliu', 'Zhaoliu2027')).toBe('OK');
  });

  it('refuses role combinations that would read in clear beyond the own posts, and self-grants', async () => {
    const officer = freeOfficer(4);
    const combined = await run(admin, CREATE, {
      i: { username: 'combo', displayName: '组合', password: 'Combo20260', roles: ['district_admin', 'community_officer'], officerId: officer.id },
    });
    expect(combined.createAccount.errors.map((e) => e.code)).toEqual(['ACCOUNT_ROLE_COMBINATION']);
    expect(combined.createAccount.errors[0].message).toMatch(/分局管理员不能兼任/);
    const self = (await run(admin, ACCOUNTS)).accounts.find((a) => a.username === 'admin')!;
    const granted = await run(admin, UPDATE, { id: self.id, v: self.version, i: { displayName: '管理员', roles: ['district_admin'], officerId: officer.id } });
    expect(granted.updateAccount.errors.map((e) => e.code)).toEqual(['ACCOUNT_SELF_GRANT']);
    expect(await loginCode('combo', 'Combo20260')).toBe('LOGIN_FAILED');
  });

  it('keeps every account change in an append-only log the administrator can read but nobody can edit', async () => {
    const { accountChanges } = await run(
      admin,
      graphql(`
        query AccountLog {
          accountChanges(first: 200) {
            actorUsername
            accountId
            action
            before
            after
          }
        }
      `),
    );
    const zhangsan = accountChanges.filter((c) => JSON.parse(c.after ?? '{}').username === 'zhangsan');
    expect(zhangsan.map((c) => c.action).reverse()).toEqual(['create', 'update']);
    const update = zhangsan[0];
    expect(update.actorUsername).toBe('admin');
    expect(JSON.parse(update.before!).roles).toEqual(['community_officer']);
    expect(JSON.parse(update.after!).roles).toEqual(['station_head']);
    expect(accountChanges.every((c) => !/password|hash/i.test(c.after ?? ''))).toBe(true);
    const sql = (q: string) => platform.orms.staffing.em.getConnection().execute(q);
    await expect(sql(`update account_change set action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(sql(`delete from account_change`)).rejects.toThrow(/append-only/);
    const asHead = await send(
      await loginAs(platform.gatewayUrl, 'qianmen', 'Qianmen@2026'),
      graphql(`
        query AccountLogIds {
          accountChanges {
            id
          }
        }
      `),
      {},
    );
    expect(asHead.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED');
  });

  it('an administrator cannot lock themselves out, and nobody else manages users', async () => {
    const self = (await run(admin, ACCOUNTS)).accounts.find((a) => a.username === 'admin')!;
    expect((await run(admin, DISABLE, { id: self.id, v: self.version, d: true })).setAccountDisabled.errors[0].code).toBe('ACCOUNT_SELF_LOCKOUT');
    const demoted = await run(admin, UPDATE, { id: self.id, v: self.version, i: { displayName: '管理员', roles: ['station_head'] } });
    expect(demoted.updateAccount.errors.map((e) => e.code)).toContain('ACCOUNT_SELF_GRANT');
    for (const [user, password] of [
      ['qianmen', 'Qianmen@2026'],
      ['dongsi', 'Dongsi@2026'],
    ]) {
      const session = await loginAs(platform.gatewayUrl, user, password);
      const res = await send(session, ACCOUNTS, {});
      expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED');
      const write = await send(session, CREATE, { i: { username: 'sneaky', displayName: '某某', password: 'Sneaky2026', roles: ['district_admin'] } });
      expect(write.errors?.[0]?.extensions?.code).toBe('UNAUTHORIZED');
    }
    expect(await loginCode('sneaky', 'Sneaky2026')).toBe('LOGIN_FAILED');
  });
});
