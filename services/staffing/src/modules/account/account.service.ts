import { randomUUID } from 'node:crypto';
import { signUserToken, type Claims } from '@cp/auth';
import { userError, type BaseContext } from '@cp/service-kit';
import bcrypt from 'bcryptjs';
import { PostEntity } from '../post/post.entity';
import { IssuedSessionEntity } from '../session/session.entity';
import { AccountEntity } from './account.entity';
import type { LoginPayload, Me } from './account.type';

export interface TokenSettings {
  secret: string;
  ttlSeconds: number;
}

/** After this many consecutive failures the account is locked for LOCK_MINUTES. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

const failed = () => ({ token: null, user: null, errors: [userError('LOGIN_FAILED', '用户名或密码错误')] });
const disabled = () => ({ token: null, user: null, errors: [userError('ACCOUNT_DISABLED', '账号已停用，请联系分局管理员')] });
const locked = () => ({ token: null, user: null, errors: [userError('ACCOUNT_LOCKED', `登录失败次数过多，账号已锁定，请 ${LOCK_MINUTES} 分钟后再试`)] });

/** Compared against when the username is unknown, so both failures take the same time. */
const DUMMY_HASH = bcrypt.hashSync('not-a-password', 10);

/**
 * Logins and the jurisdiction they carry: a station head answers for their station; a
 * community officer for the communities where they hold an A or B post.
 */
export class AccountService {
  constructor(
    private readonly ctx: BaseContext,
    private readonly tokens: TokenSettings,
  ) {}

  async login(username: string, password: string): Promise<LoginPayload> {
    const account = await this.ctx.em.findOne(AccountEntity, { username: username.trim() }, { populate: ['officer'] });
    if (account?.lockedUntil && account.lockedUntil > new Date()) return locked();
    const ok = await bcrypt.compare(password, account?.passwordHash ?? DUMMY_HASH);
    if (!account) return failed();
    if (!ok) return (await this.recordFailure(account.id)) ? locked() : failed();
    // told only to someone who knows the password, so it reveals nothing to a guesser
    if (account.disabledAt) return disabled();
    if (account.failedLogins > 0) await this.ctx.em.nativeUpdate(AccountEntity, { id: account.id }, { failedLogins: 0 });
    const claims = { ...(await claimsOf(this.ctx, account)), jti: randomUUID() };
    const issuedAt = new Date();
    await this.ctx.em.insert(IssuedSessionEntity, {
      jti: claims.jti,
      accountId: account.id,
      issuedAt,
      expiresAt: new Date(+issuedAt + this.tokens.ttlSeconds * 1000),
    });
    const token = await signUserToken(claims, this.tokens.secret, this.tokens.ttlSeconds);
    return { token, user: meOf(claims), errors: [] };
  }

  /** Counts a failure atomically (parallel guesses all count); returns whether it locked the account. */
  private async recordFailure(accountId: string): Promise<boolean> {
    const [row] = await this.ctx.em.getConnection().execute<Array<{ locked: boolean }>>(
      `update user_account
          set failed_logins = case when failed_logins + 1 >= ? then 0 else failed_logins + 1 end,
              locked_until = case when failed_logins + 1 >= ? then now() + make_interval(mins => ?) else locked_until end
        where id = ?
        returning locked_until > now() as locked`,
      [MAX_FAILED_LOGINS, MAX_FAILED_LOGINS, LOCK_MINUTES, accountId],
    );
    return !!row?.locked;
  }

  me(claims: Claims): Me {
    return meOf(claims);
  }
}

/** The claims a login carries; its jurisdiction comes from the linked officer. */
export async function claimsOf(ctx: BaseContext, account: AccountEntity): Promise<Claims> {
  const posts = account.officer ? await ctx.em.find(PostEntity, { officer: account.officer.id }) : [];
  return {
    sub: account.id,
    name: account.displayName,
    username: account.username,
    roles: account.roles,
    officerId: account.officer?.id,
    ...accountJurisdiction(account, posts),
  };
}

/** Station heads answer for their officer's station; community officers for the communities of the officer's posts. */
export function accountJurisdiction(account: AccountEntity, posts: PostEntity[]): { stationIds: string[]; communityIds: string[] } {
  const officer = account.officer ?? null;
  if (!officer) return { stationIds: [], communityIds: [] };
  const own = posts.filter((p) => p.officer.id === officer.id).map((p) => p.communityId);
  return {
    stationIds: account.roles.includes('station_head') ? [officer.stationId] : [],
    communityIds: account.roles.includes('community_officer') ? [...new Set(own)] : [],
  };
}

const meOf = (c: Claims): Me => ({
  id: c.sub,
  username: c.username,
  displayName: c.name,
  roles: c.roles,
  stationIds: c.stationIds,
  communityIds: c.communityIds,
  officerId: c.officerId ?? null,
});
