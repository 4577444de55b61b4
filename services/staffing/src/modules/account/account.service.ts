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
    const ok = await bcrypt.compare(password, account?.passwordHash ?? DUMMY_HASH);
    if (!account || !ok) return { token: null, user: null, errors: [userError('LOGIN_FAILED', '用户名或密码错误')] };
    const claims = await this.claimsOf(account);
    const token = await signUserToken(claims, this.tokens.secret, this.tokens.ttlSeconds);
    return { token, user: meOf(claims), errors: [] };
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
