import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { pageSize, type RequestContext } from '@cp/service-kit';
import { AccountChange, AccountRolesInput, CreateAccountInput, UserAccount, UserAccountPayload } from './account-admin.type';
import { AccountAdminService } from './account-admin.service';

/** 用户与角色 (district administrators only). */
@Authorized('district_admin')
@Resolver(() => UserAccount)
export class AccountAdminResolver {
  @Query(() => [UserAccount], { description: '控制台用户（分局管理员）' })
  accounts(@Ctx() ctx: RequestContext) {
    return ctx.use(AccountAdminService).list();
  }

  @Query(() => [AccountChange], { description: '账号变更记录（只可查阅，不可修改），新的在前' })
  async accountChanges(
    @Ctx() ctx: RequestContext,
    @Arg('accountId', () => ID, { nullable: true, description: '只看该账号' }) accountId?: string,
    @Arg('first', () => Int, { nullable: true, description: '条数，最多 200' }) first?: number,
  ): Promise<AccountChange[]> {
    const rows = await ctx.use(AccountAdminService).changes(accountId, pageSize(first));
    return rows.map((c) => ({
      ...c,
      at: c.at.toISOString(),
      before: c.before ? JSON.stringify(c.before) : null,
      after: c.after ? JSON.stringify(c.after) : null,
    }));
  }

  @Mutation(() => UserAccountPayload, { description: '新建控制台用户' })
  createAccount(@Arg('input', () => CreateAccountInput) input: CreateAccountInput, @Ctx() ctx: RequestContext) {
    return ctx.use(AccountAdminService).create(input);
  }

  @Mutation(() => UserAccountPayload, { description: '修改姓名、角色与对应警员；辖区变化时该用户的会话立即失效' })
  updateAccount(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input', () => AccountRolesInput) input: AccountRolesInput,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.use(AccountAdminService).update(id, version, input);
  }

  @Mutation(() => UserAccountPayload, { description: '停用（会话立即失效）或启用账号' })
  setAccountDisabled(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('disabled') disabled: boolean,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.use(AccountAdminService).setDisabled(id, version, disabled);
  }

  @Mutation(() => UserAccountPayload, { description: '重设密码：解除锁定，已有会话立即失效' })
  resetAccountPassword(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Arg('password') password: string,
    @Ctx() ctx: RequestContext,
  ) {
    return ctx.use(AccountAdminService).resetPassword(id, version, password);
  }

  @Mutation(() => UserAccountPayload, { description: '解除登录失败锁定' })
  unlockAccount(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: RequestContext) {
    return ctx.use(AccountAdminService).unlock(id, version);
  }
}
