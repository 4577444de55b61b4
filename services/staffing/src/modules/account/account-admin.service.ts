import { randomUUID } from 'node:crypto';
import { ROLES, type Role } from '@cp/auth';
import { staleVersion, updateWithVersion, userError, validateInput, type BaseContext, type UserError } from '@cp/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import bcrypt from 'bcryptjs';
import { OfficerEntity } from '../officer/officer.entity';
import { toOfficer } from '../officer/officer.mapper';
import { PostEntity } from '../post/post.entity';
import { endSessionsOf } from '../session/end-sessions';
import { AccountEntity } from './account.entity';
import { PasswordInput, type AccountRolesInput, type CreateAccountInput, type UserAccount, type UserAccountPayload } from './account-admin.type';
import { accountJurisdiction } from './account.service';

/** Roles an administrator can give a console user (partners get theirs from their registration). */
const CONSOLE_ROLES = Object.keys(ROLES).filter((r) => r !== 'partner') as Role[];
const NEEDS_OFFICER: Role[] = ['station_head', 'community_officer'];

const refused = (...errors: UserError[]): UserAccountPayload => ({ account: null, errors });

/**
 * 用户与角色: district administrators create console users, give them roles and the officer
 * whose station or posts make their jurisdiction, disable them, reset passwords and unlock them.
 * Whatever changes what a login may do ends that account's sessions at once.
 */
export class AccountAdminService {
  constructor(private readonly ctx: BaseContext) {}

  async list(): Promise<UserAccount[]> {
    const accounts = await this.ctx.em.find(AccountEntity, {}, { populate: ['officer'], orderBy: { username: 'asc' } });
    const officerIds = accounts.flatMap((a) => (a.officer ? [a.officer.id] : []));
    const posts = officerIds.length ? await this.ctx.em.find(PostEntity, { officer: { $in: officerIds } }) : [];
    return accounts.map((a) => toUserAccount(a, posts));
  }

  async create(input: CreateAccountInput): Promise<UserAccountPayload> {
    const problems = [...(await validateInput(input)), ...(await this.checkRoles(input))];
    const username = input.username.trim();
    if (await this.ctx.em.count(AccountEntity, { username })) problems.push(userError('ACCOUNT_USERNAME_TAKEN', `用户名 ${username} 已被使用`, 'username'));
    if (problems.length) return refused(...problems);
    const account = this.ctx.em.create(AccountEntity, {
      id: randomUUID(),
      username,
      displayName: input.displayName.trim(),
      passwordHash: await bcrypt.hash(input.password, 10),
      roles: [...new Set(input.roles)] as Role[],
      officer: input.officerId ?? null,
    });
    await this.ctx.em.flush();
    return this.payloadOf(account.id);
  }

  async update(id: string, version: number, input: AccountRolesInput, actorId: string): Promise<UserAccountPayload> {
    const problems = [...(await validateInput(input)), ...(await this.checkRoles(input, id))];
    if (id === actorId && !input.roles.includes('district_admin')) {
      problems.push(userError('ACCOUNT_SELF_LOCKOUT', '不能取消自己的分局管理员角色', 'roles'));
    }
    if (problems.length) return refused(...problems);
    return this.change(id, version, async (tx, a) => {
      const jurisdictionChanged = !sameSet(a.roles, input.roles) || (a.officer?.id ?? null) !== (input.officerId ?? null);
      a.displayName = input.displayName.trim();
      a.roles = [...new Set(input.roles)] as Role[];
      a.officer = input.officerId ? tx.getReference(OfficerEntity, input.officerId) : null;
      if (jurisdictionChanged) await endSessionsOf(tx, a.id);
    });
  }

  setDisabled(id: string, version: number, disabled: boolean, actorId: string): Promise<UserAccountPayload> {
    if (id === actorId && disabled) return Promise.resolve(refused(userError('ACCOUNT_SELF_LOCKOUT', '不能停用自己的账号', 'id')));
    return this.change(id, version, async (tx, a) => {
      a.disabledAt = disabled ? (a.disabledAt ?? new Date()) : null;
      if (disabled) await endSessionsOf(tx, a.id);
    });
  }

  /** A new password ends the account's sessions and lifts a lockout. */
  async resetPassword(id: string, version: number, password: string): Promise<UserAccountPayload> {
    const problems = await validateInput(Object.assign(new PasswordInput(), { password }));
    if (problems.length) return refused(...problems);
    const hash = await bcrypt.hash(password, 10);
    return this.change(id, version, async (tx, a) => {
      Object.assign(a, { passwordHash: hash, failedLogins: 0, lockedUntil: null });
      await endSessionsOf(tx, a.id);
    });
  }

  unlock(id: string, version: number): Promise<UserAccountPayload> {
    return this.change(id, version, (_tx, a) => void Object.assign(a, { failedLogins: 0, lockedUntil: null }));
  }

  /** Known roles; an officer for roles whose jurisdiction comes from one; one login per officer. */
  private async checkRoles(input: AccountRolesInput, accountId?: string): Promise<UserError[]> {
    const problems: UserError[] = [];
    const unknown = input.roles.filter((r) => !CONSOLE_ROLES.includes(r as Role));
    if (unknown.length) problems.push(userError('ACCOUNT_ROLE_UNKNOWN', `未知的角色：${unknown.join('、')}`, 'roles'));
    if (!input.officerId) {
      if (input.roles.some((r) => NEEDS_OFFICER.includes(r as Role))) {
        problems.push(userError('ACCOUNT_OFFICER_REQUIRED', '所长、社区民警账号必须对应一名警员（其辖区由警员的派出所和岗位决定）', 'officerId'));
      }
      return problems;
    }
    if (!(await this.ctx.em.count(OfficerEntity, { id: input.officerId }))) {
      problems.push(userError('OFFICER_NOT_FOUND', '该警员不存在', 'officerId'));
    } else if (await this.ctx.em.count(AccountEntity, { officer: input.officerId, ...(accountId ? { id: { $ne: accountId } } : {}) })) {
      problems.push(userError('ACCOUNT_OFFICER_TAKEN', '该警员已有登录账号', 'officerId'));
    }
    return problems;
  }

  private async change(id: string, version: number, apply: (tx: EntityManager, a: AccountEntity) => Promise<void> | void): Promise<UserAccountPayload> {
    const account = await this.ctx.em.findOne(AccountEntity, { id });
    if (!account) return refused(userError('ACCOUNT_NOT_FOUND', '该用户不存在', 'id'));
    if (account.version !== version) return refused(staleVersion());
    const result = await updateWithVersion(this.ctx.em, account, version, (tx, managed) => apply(tx as EntityManager, managed));
    return result.ok ? this.payloadOf(id) : refused(result.error);
  }

  private async payloadOf(id: string): Promise<UserAccountPayload> {
    const em = this.ctx.em.fork();
    const account = await em.findOneOrFail(AccountEntity, { id }, { populate: ['officer'] });
    const posts = account.officer ? await em.find(PostEntity, { officer: account.officer.id }) : [];
    return { account: toUserAccount(account, posts), errors: [] };
  }
}

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === new Set(b).size && a.every((x) => b.includes(x));

function toUserAccount(a: AccountEntity, posts: PostEntity[]): UserAccount {
  const officer = a.officer ?? null;
  const { stationIds, communityIds } = accountJurisdiction(a, posts);
  return {
    id: a.id,
    username: a.username,
    displayName: a.displayName,
    roles: a.roles,
    officer: officer ? toOfficer(officer) : null,
    stations: stationIds.map((id) => ({ id })),
    communities: communityIds.map((id) => ({ id })),
    disabledAt: a.disabledAt?.toISOString() ?? null,
    lockedUntil: a.lockedUntil && a.lockedUntil > new Date() ? a.lockedUntil.toISOString() : null,
    createdAt: a.createdAt.toISOString(),
    version: a.version,
  };
}
