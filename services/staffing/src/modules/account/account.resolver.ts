import { errors, type RequestContext } from '@cp/service-kit';
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { LoginPayload, Me } from './account.type';
import { AccountService } from './account.service';

@Resolver()
export class AccountResolver {
  @Mutation(() => LoginPayload, { description: '用户名密码登录，返回访问令牌' })
  login(@Arg('username') username: string, @Arg('password') password: string, @Ctx() ctx: RequestContext) {
    return ctx.use(AccountService).login(username, password);
  }

  @Query(() => Me, { description: '当前登录用户及其辖区' })
  me(@Ctx() ctx: RequestContext) {
    if (!ctx.claims) throw errors.unauthenticated();
    return ctx.use(AccountService).me(ctx.claims);
  }
}
