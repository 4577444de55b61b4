import { signUserToken, type Claims } from '@cp/auth';
import { userError, type BaseContext } from '@cp/service-kit';
import bcrypt from 'bcryptjs';
import { PostEntity } from '../post/post.entity';
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
    if (account.failedLogins > 0) await this.ctx.em.nativeUpdate(AccountEntity, { id: account.id }, { failedLogins: 0 });
    const claims = await this.claimsOf(account);
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

  private async claimsOf(account: AccountEntity): Promise<Claims> {
    const officer = account.officer ?? null;
    const communityIds =
      account.roles.includes('community_officer') && officer ? (await this.ctx.em.find(PostEntity, { officer: officer.id })).map((p) => p.communityId) : [];
    return {
      sub: account.id,
      name: account.displayName,
      username: account.username,
      roles: account.roles,
      officerId: officer?.id,
      stationIds: account.roles.includes('station_head') && officer ? [officer.stationId] : [],
      communityIds: [...new Set(communityIds)],
    };
  }
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
