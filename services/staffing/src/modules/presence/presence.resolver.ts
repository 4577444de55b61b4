import { CLIENT_KEY_DESCRIPTION, holds, parsePeriod, PositionInput, type RequestContext } from '@cp/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { OfficerEntity } from '../officer/officer.entity';
import { toOfficer } from '../officer/officer.mapper';
import { Officer } from '../officer/officer.type';
import { PresenceSource } from './presence.entity';
import { OfficerTime, PostHistoryItem, Presence, PresencePayload, TimeInCommunity } from './presence.type';
import { postHistory } from '../officer/officer.loaders';
import { recentStays, timeInCommunity } from './presence.loaders';
import { OFFLINE_HOURS, PresenceService, toPresence } from './presence.service';

const AT_DESCRIPTION = `按下签到时的时间（ISO 8601），离线排队发送时填写；默认现在，最早 ${OFFLINE_HOURS} 小时前`;

@Resolver(() => Officer)
export class PresenceResolver {
  @Authorized()
  @Mutation(() => PresencePayload, { description: '到社区签到（手机带定位，服务端按社区边界核验；控制台为自报）；未签退的上一次自动结束' })
  checkInCommunity(
    @Arg('communityId', () => ID) communityId: string,
    @Ctx() ctx: RequestContext,
    @Arg('source', () => PresenceSource, { nullable: true }) source?: PresenceSource,
    @Arg('position', () => PositionInput, { nullable: true, description: '手机定位；不在社区边界内的签到保留并标记，不计时' }) position?: PositionInput,
    @Arg('at', () => String, { nullable: true, description: AT_DESCRIPTION }) at?: string,
    @Arg('clientKey', () => String, { nullable: true, description: CLIENT_KEY_DESCRIPTION }) clientKey?: string,
  ) {
    return ctx.use(PresenceService).checkIn(communityId, source ?? (position ? PresenceSource.phone : PresenceSource.console), { position, at, clientKey });
  }

  @Authorized()
  @Mutation(() => PresencePayload, { description: '离开社区签退（手机带定位）' })
  checkOutCommunity(
    @Ctx() ctx: RequestContext,
    @Arg('position', () => PositionInput, { nullable: true }) position?: PositionInput,
    @Arg('at', () => String, { nullable: true, description: AT_DESCRIPTION }) at?: string,
    @Arg('clientKey', () => String, { nullable: true, description: CLIENT_KEY_DESCRIPTION }) clientKey?: string,
  ) {
    return ctx.use(PresenceService).checkOut({ position, at, clientKey });
  }

  @Authorized()
  @Query(() => [OfficerTime], { description: '某派出所警员的在社区时间 [from, to)（限本人辖区）' })
  async stationTimeInCommunity(@Arg('stationId', () => ID) stationId: string, @Arg('from') from: string, @Arg('to') to: string, @Ctx() ctx: RequestContext) {
    const [f, t] = parsePeriod(from, to);
    if (!holds(ctx.claims, { stationId })) return [];
    const officers = await ctx.em.find(OfficerEntity, { stationId, sworn: true }, { orderBy: { badgeNo: 'asc' } });
    const times = await ctx.use(PresenceService).timeOf(officers, f, t);
    return officers.map((o) => ({ officer: toOfficer(o), time: times.get(o.id)! }));
  }

  /** Performance reads this per officer and period (a fact, not personal data). */
  @FieldResolver(() => TimeInCommunity, { nullable: true, description: '在社区时间及占工作时间比例 [from, to)' })
  async timeInCommunity(@Root() o: Officer, @Arg('from') from: string, @Arg('to') to: string, @Ctx() ctx: RequestContext) {
    if (!ctx.claims) return null;
    const [f, t] = parsePeriod(from, to);
    return ctx.use(timeInCommunity)(f, t).load(o.id);
  }

  @FieldResolver(() => [PostHistoryItem], { description: '社区岗位任职记录，新的在前' })
  async postHistory(@Root() o: Officer, @Ctx() ctx: RequestContext): Promise<PostHistoryItem[]> {
    return (await ctx.use(postHistory).load(o.id)).map((h) => ({
      community: { id: h.communityId },
      role: h.role,
      startedAt: h.startedAt.toISOString(),
      endedAt: h.endedAt?.toISOString() ?? null,
      reason: h.reason ?? null,
    }));
  }

  @FieldResolver(() => [Presence], { nullable: true, description: '最近的签到记录（本人、本所所长或分局管理员可见）' })
  async recentPresence(@Root() o: Officer, @Ctx() ctx: RequestContext) {
    const c = ctx.claims;
    if (!c || !(c.officerId === o.id || c.roles.includes('district_admin') || (c.roles.includes('station_head') && c.stationIds.includes(o.stationId))))
      return null;
    return (await ctx.use(recentStays).load(o.id)).map(toPresence);
  }
}
