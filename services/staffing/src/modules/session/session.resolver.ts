import { errors, type RequestContext } from '@cp/service-kit';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { RevokedSessionEntity } from './session.entity';
import { tokenSettings } from '../account/account.service';

/** Logout revokes the token at once: the gateway refuses revoked sessions (it polls this list). */
@Resolver()
export class SessionResolver {
  @Mutation(() => Boolean, { description: '退出登录：当前令牌立即作废' })
  async logout(@Ctx() ctx: RequestContext): Promise<boolean> {
    const jti = ctx.claims?.jti;
    if (!jti) throw errors.unauthenticated();
    const now = new Date();
    await ctx.em.upsert(RevokedSessionEntity, { jti, revokedAt: now, expiresAt: new Date(+now + ctx.use(tokenSettings).ttlSeconds * 1000) });
    return true;
  }

  @Authorized()
  @Query(() => [String], { description: '仍在有效期内、已退出的会话（供网关拒绝其令牌）' })
  async revokedSessions(@Ctx() ctx: RequestContext, @Arg('since', () => String, { nullable: true }) since?: string): Promise<string[]> {
    const where: Record<string, unknown> = { expiresAt: { $gt: new Date() } };
    if (since) where.revokedAt = { $gte: new Date(since) };
    return (await ctx.em.find(RevokedSessionEntity, where, { fields: ['jti'] })).map((r) => r.jti);
  }
}
