import { randomUUID } from 'node:crypto';
import { signUserToken, type Claims } from '@cp/auth';
import { perRequest, userError, type BaseContext } from '@cp/service-kit';
import bcrypt from 'bcryptjs';
import { PostEntity } from '../post/post.entity';
import { IssuedSessionEntity } from '../session/session.entity';
import { AccountEntity } from './account.entity';
import { loginThrottle, type LoginThrottle } from './login-throttle';
import { headsStation } from './role-policy';
import type { LoginPayload, Me } from './account.type';

export interface TokenSettings {
  secret: string;
  ttlSeconds: number;
}

/** The secret and lifetime of login tokens: bound by the staffing subgraph (`accountModule(tokens)`). */
export const tokenSettings = perRequest<TokenSettings>(() => {
  throw new Error('token settings are bound by accountModule(tokens)');
});

const failed = () => ({ token: null, user: null, errors: [userError('LOGIN_FAILED', '用户名或密码错误')] });
const disabled = () => ({ token: null, user: null, errors: [userError('ACCOUNT_DISABLED', '账号已停用，请联系分局管理员')] });
const throttled = (seconds: number) => ({
  token: null,
  user: null,
  errors: [userError('LOGIN_THROTTLED', `登录失败次数过多，请 ${Math.max(1, Math.ceil(seconds / 60))} 分钟后再试`)],
});

/** Compared against when the username is unknown, so both failures take the same time. */
const DUMMY_HASH = bcrypt.hashSync('not-a-password', 10);

/**
 * Logins and the jurisdiction they carry: a station head answers for their station; a
 * community officer for the communities where they hold an A or B post. Failures are throttled
 * (`LoginThrottle`) the same for known and unknown usernames.
 */
export class AccountService {
  private readonly tokens: TokenSettings;
  private readonly throttle: LoginThrottle;

  constructor(private readonly ctx: BaseContext) {
    this.tokens = ctx.use(tokenSettings);
    this.throttle = ctx.use(loginThrottle);
  }

  async login(username: string, password: string): Promise<LoginPayload> {
    const address = this.ctx.origin.clientAddress;
    const wait = await this.throttle.waitSeconds(username, address);
    // refused before the password is even compared: the answer says nothing about it
    if (wait > 0) return throttled(wait);
    const account = await this.ctx.em.findOne(AccountEntity, { username: username.trim() }, { populate: ['officer'] });
    const ok = await bcrypt.compare(password, account?.passwordHash ?? DUMMY_HASH);
    if (!account || !ok) {
      await this.throttle.fail(username, address);
      return failed();
    }
    await this.throttle.succeed(username, address);
    // told only to someone who knows the password, so it reveals nothing to a guesser
    if (account.disabledAt) return disabled();
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

/**
 * Station heads answer for their station, community officers for the communities of their
 * posts — each from the officer's own post (headship, A/B posts), never from a role alone.
 * These lists are also what clear access to personal data follows (`readsInClear`).
 */
export function accountJurisdiction(account: AccountEntity, posts: PostEntity[]): { stationIds: string[]; communityIds: string[] } {
  const officer = account.officer ?? null;
  if (!officer) return { stationIds: [], communityIds: [] };
  const own = posts.filter((p) => p.officer.id === officer.id).map((p) => p.communityId);
  return {
    stationIds: headsStation(account.roles, officer) ? [officer.stationId] : [],
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
