import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { pageSize } from '@cp/service-kit';
import type { StaffingContext } from '../../context';
import { AccountChange, AccountRolesInput, CreateAccountInput, UserAccount, UserAccountPayload } from './account-admin.type';

/** 用户与角色 (district administrators only). */
@Authorized('district_admin')
@Resolver(() => UserAccount)
export class AccountAdminResolver {
  @Query(() => [UserAccount], { description: '控制台用户（分局管理员）' })
  accounts(@Ctx() ctx: StaffingContext) {
    return ctx.accountAdmin.list();
  }

  @Query(() => [AccountChange], { description: '账号变更记录（只可查阅，不可修改），新的在前' })
  async accountChanges(
    @Ctx() ctx: StaffingContext,
    @Arg('accountId', () => ID, { nullable: true, description: '只看该账号' }) accountId?: string,
    @Arg('first', () => Int, { nullable: true, description: '条数，最多 200' }) first?: number,
  ): Promise<AccountChange[]> {
    const rows = await ctx.accountAdmin.changes(accountId, pageSize(first));
    return rows.map((c) => ({
      ...c,
      at: c.at.toISOString(),
      before: c.before ? JSON.stringify(c.before) : null,
      after: c.after ? JSON.stringify(c.after) : null,
    }));
  }

  @Mutation(() => UserAccountPayload, { description: '新建控制台用户' })
  createAccount(@Arg('input', () => CreateAccountInput) input: CreateAccountInput, @Ctx() ctx: StaffingContext) {
    return ctx.accountAdmin.create(input);
  }

  @Mutation(() => UserAccountPayload, { description: '修改姓名、角色与对应警员；辖区变化时该用户的会话立即失效' })
  updateAccount(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => AccountRolesInput) input: AccountRolesInput,
    @Ctx() ctx: StaffingContext,
  ) {
    return ctx.accountAdmin.update(id, version, input);
  }

  @Mutation(() => UserAccountPayload, { description: '停用（会话立即失效）或启用账号' })
  setAccountDisabled(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('disabled') disabled: boolean,
    @Ctx() ctx: StaffingContext,
  ) {
    return ctx.accountAdmin.setDisabled(id, version, disabled);
  }

  @Mutation(() => UserAccountPayload, { description: '重设密码：解除锁定，已有会话立即失效' })
  resetAccountPassword(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('password') password: string,
    @Ctx() ctx: StaffingContext,
  ) {
    return ctx.accountAdmin.resetPassword(id, version, password);
  }

  @Mutation(() => UserAccountPayload, { description: '解除登录失败锁定' })
  unlockAccount(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: StaffingContext) {
    return ctx.accountAdmin.unlock(id, version);
  }
}
