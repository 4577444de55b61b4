import { randomUUID } from 'node:crypto';
import type { Claims, Role } from '@cp/auth';
import { atVersion, found, mutation, refuse, refuseAny, userError, validateInput, type BaseContext, type UserError } from '@cp/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import bcrypt from 'bcryptjs';
import { OfficerEntity } from '../officer/officer.entity';
import { toOfficer } from '../officer/officer.mapper';
import { PostEntity } from '../post/post.entity';
import { endSessionsOf } from '../session/end-sessions';
import { AccountChangeEntity } from './account-change.entity';
import { AccountEntity } from './account.entity';
import { PasswordInput, type AccountRolesInput, type CreateAccountInput, type UserAccount, type UserAccountPayload } from './account-admin.type';
import { accountJurisdiction } from './account.service';
import { LoginThrottle } from './login-throttle';
import { CONSOLE_ROLES, checkRolePolicy, sameRoles } from './role-policy';

/**
 * 用户与角色: district administrators create console users, give them roles and the officer
 * whose station or posts make their jurisdiction, disable them, reset passwords and unlock them.
 * Whatever changes what a login may do ends that account's sessions at once. Which roles go
 * together is one policy (`role-policy.ts`); nobody changes their own roles or officer; every
 * change is written, in the same transaction, to the append-only account log.
 */
export class AccountAdminService {
  constructor(private readonly ctx: BaseContext) {}

  private get actor(): Claims {
    return this.ctx.claims!;
  }

  /** The account log, newest first (district administrators read it; nobody can edit it). */
  async changes(accountId: string | null | undefined, first: number): Promise<AccountChangeEntity[]> {
    return this.ctx.em.find(AccountChangeEntity, accountId ? { accountId } : {}, { orderBy: { at: 'desc', id: 'asc' }, limit: first });
  }

  async list(): Promise<UserAccount[]> {
    const accounts = await this.ctx.em.find(AccountEntity, {}, { populate: ['officer'], orderBy: { username: 'asc' } });
    const officerIds = accounts.flatMap((a) => (a.officer ? [a.officer.id] : []));
    const posts = officerIds.length ? await this.ctx.em.find(PostEntity, { officer: { $in: officerIds } }) : [];
    const locks = await LoginThrottle.blockedUntil(
      this.ctx.em,
      accounts.map((a) => a.username),
    );
    return accounts.map((a) => toUserAccount(a, posts, locks.get(a.username.toLowerCase()) ?? null));
  }

  create(input: CreateAccountInput): Promise<UserAccountPayload> {
    // every problem with the form at once (the input's rules, the roles, the username), so it is fixed in one go
    return mutation('account', null, async () => {
      const problems = [...(await validateInput(input)), ...(await this.checkRoles(input))];
      const username = input.username.trim();
      if (await this.ctx.em.count(AccountEntity, { username })) problems.push(userError('ACCOUNT_USERNAME_TAKEN', `用户名 ${username} 已被使用`, 'username'));
      refuseAny(problems);
      const passwordHash = await bcrypt.hash(input.password, 10);
      const id = randomUUID();
      await this.ctx.em.transactional(async (tx) => {
        const account = tx.create(AccountEntity, {
          id,
          username,
          displayName: input.displayName.trim(),
          passwordHash,
          roles: [...new Set(input.roles)] as Role[],
          officer: input.officerId ?? null,
        });
        await tx.flush();
        this.log(tx, 'create', id, null, logged(account));
      });
      return this.accountOf(id);
    });
  }

  update(id: string, version: number, input: AccountRolesInput): Promise<UserAccountPayload> {
    return mutation('account', null, async () => {
      const problems = [...(await validateInput(input)), ...(await this.checkRoles(input, id))];
      if (id === this.actor.sub) {
        const own = await this.ctx.em.findOne(AccountEntity, { id });
        if (own && (!sameRoles(own.roles, input.roles) || (own.officer?.id ?? null) !== (input.officerId ?? null))) {
          problems.push(userError('ACCOUNT_SELF_GRANT', '不能修改自己的角色或对应警员，请由其他分局管理员办理', 'roles'));
        }
      }
      refuseAny(problems);
      return this.change(id, version, 'update', async (tx, a) => {
        const jurisdictionChanged = !sameRoles(a.roles, input.roles) || (a.officer?.id ?? null) !== (input.officerId ?? null);
        a.displayName = input.displayName.trim();
        a.roles = [...new Set(input.roles)] as Role[];
        a.officer = input.officerId ? tx.getReference(OfficerEntity, input.officerId) : null;
        if (jurisdictionChanged) await endSessionsOf(tx, a.id);
      });
    });
  }

  setDisabled(id: string, version: number, disabled: boolean): Promise<UserAccountPayload> {
    return mutation('account', null, async () => {
      if (id === this.actor.sub && disabled) refuse('ACCOUNT_SELF_LOCKOUT', '不能停用自己的账号', 'id');
      return this.change(id, version, disabled ? 'disable' : 'enable', async (tx, a) => {
        a.disabledAt = disabled ? (a.disabledAt ?? new Date()) : null;
        if (disabled) await endSessionsOf(tx, a.id);
      });
    });
  }

  /** A new password ends the account's sessions and lifts a lockout. */
  resetPassword(id: string, version: number, password: string): Promise<UserAccountPayload> {
    return mutation('account', Object.assign(new PasswordInput(), { password }), async () => {
      const hash = await bcrypt.hash(password, 10);
      return this.change(id, version, 'reset_password', async (tx, a) => {
        Object.assign(a, { passwordHash: hash, failedLogins: 0, lockedUntil: null });
        await LoginThrottle.forget(tx, a.username);
        await endSessionsOf(tx, a.id);
      });
    });
  }

  unlock(id: string, version: number): Promise<UserAccountPayload> {
    return mutation('account', null, () =>
      this.change(id, version, 'unlock', async (tx, a) => {
        Object.assign(a, { failedLogins: 0, lockedUntil: null });
        await LoginThrottle.forget(tx, a.username);
      }),
    );
  }

  /** Known roles in an allowed combination, each backed by the officer's own post; one login per officer. */
  private async checkRoles(input: AccountRolesInput, accountId?: string): Promise<UserError[]> {
    const unknown = input.roles.filter((r) => !CONSOLE_ROLES.includes(r));
    if (unknown.length) return [userError('ACCOUNT_ROLE_UNKNOWN', `未知的角色：${unknown.join('、')}`, 'roles')];
    const officer = input.officerId ? await this.ctx.em.findOne(OfficerEntity, { id: input.officerId }) : null;
    if (input.officerId && !officer) return [userError('OFFICER_NOT_FOUND', '该警员不存在', 'officerId')];
    const problems = checkRolePolicy(input.roles, officer);
    if (officer && (await this.ctx.em.count(AccountEntity, { officer: officer.id, ...(accountId ? { id: { $ne: accountId } } : {}) }))) {
      problems.push(userError('ACCOUNT_OFFICER_TAKEN', '该警员已有登录账号', 'officerId'));
    }
    return problems;
  }

  private async change(
    id: string,
    version: number,
    action: string,
    apply: (tx: EntityManager, a: AccountEntity) => Promise<void> | void,
  ): Promise<UserAccount> {
    const account = found(await this.ctx.em.findOne(AccountEntity, { id }), 'ACCOUNT_NOT_FOUND', '用户');
    const before = logged(account);
    await atVersion(this.ctx.em, account, version, async (tx, managed) => {
      await apply(tx, managed);
      this.log(tx, action, id, before, logged(managed));
    });
    return this.accountOf(id);
  }

  /** One row of the account log, persisted with the change it records. */
  private log(tx: EntityManager, action: string, accountId: string, before: Record<string, unknown> | null, after: Record<string, unknown>): void {
    tx.persist(
      tx.create(AccountChangeEntity, {
        id: randomUUID(),
        at: new Date(),
        actorId: this.actor.sub,
        actorUsername: this.actor.username,
        accountId,
        action,
        before,
        after,
      }),
    );
  }

  private async accountOf(id: string): Promise<UserAccount> {
    const em = this.ctx.em.fork();
    const account = await em.findOneOrFail(AccountEntity, { id }, { populate: ['officer'] });
    const posts = account.officer ? await em.find(PostEntity, { officer: account.officer.id }) : [];
    const locks = await LoginThrottle.blockedUntil(em, [account.username]);
    return toUserAccount(account, posts, locks.get(account.username.toLowerCase()) ?? null);
  }
}

/** What the account log keeps of an account: everything but the password hash. */
const logged = (a: AccountEntity): Record<string, unknown> => ({
  username: a.username,
  displayName: a.displayName,
  roles: [...a.roles],
  officerId: a.officer?.id ?? null,
  disabled: !!a.disabledAt,
});

function toUserAccount(a: AccountEntity, posts: PostEntity[], locked: Date | null): UserAccount {
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
    lockedUntil: locked?.toISOString() ?? null,
    createdAt: a.createdAt.toISOString(),
    version: a.version,
  };
}
