import { errors } from '@cp/service-kit';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { StaffingContext } from '../../context';
import { LoginPayload, Me } from './account.type';

@Resolver()
export class AccountResolver {
  @Mutation(() => LoginPayload, { description: '用户名密码登录，返回访问令牌' })
  login(@Arg('username') username: string, @Arg('password') password: string, @Ctx() ctx: StaffingContext) {
    return ctx.accounts.login(username, password);
  }

  @Query(() => Me, { description: '当前登录用户及其辖区' })
  me(@Ctx() ctx: StaffingContext) {
    if (!ctx.claims) throw errors.unauthenticated();
    return ctx.accounts.me(ctx.claims);
  }
}
