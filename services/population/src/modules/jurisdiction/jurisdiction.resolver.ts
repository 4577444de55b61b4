import { checkedPosition, jurisdictionWhere, PARTNERS_TOO, PositionInput, requireJurisdiction, type RequestContext } from '@cp/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { CommunityEntity, StationEntity } from './jurisdiction.entity';
import { toCommunity, toGrid, toStation } from './jurisdiction.mapper';
import { Community, Grid, PopulationStats, Station } from './jurisdiction.type';
import { communityAt } from './locate';
import { communitiesByStation, communityById, gridsByCommunity, stationById, statsByCommunity } from './jurisdiction.loaders';

/**
 * The communities a partner covers; null for police users and services, who see the whole tree.
 * A partner sees only its own part of the tree, so nothing hanging off a community (its duty
 * officer, its counts) is reachable outside its grid.
 */
const partnerCommunities = (ctx: RequestContext): Set<string> | null => (ctx.claims?.roles.includes('partner') ? new Set(ctx.claims.communityIds) : null);

/**
 * The communities the caller answers for, by the one jurisdiction rule (district admin: all;
 * station head: their stations'; community officer: their posts'; partner: its grid's). The
 * console offers and lists only these, so no page repeats the rule.
 */
const answeredFor = (ctx: RequestContext) =>
  ctx.em.find(CommunityEntity, jurisdictionWhere(requireJurisdiction(ctx.claims), 'station', 'id'), { orderBy: { code: 'asc' } });

const visibleTo = (ctx: RequestContext) => {
  const covered = partnerCommunities(ctx);
  return (c: CommunityEntity) => !covered || covered.has(c.id);
};

/** The jurisdiction tree is not personal data: any signed-in caller may read it (partners their part). */
@Resolver(() => Station)
export class StationResolver {
  @Authorized(PARTNERS_TOO)
  @Query(() => [Station], { description: '全部派出所（合作平台：其覆盖社区所属的派出所）' })
  async stations(@Ctx() ctx: RequestContext) {
    const covered = partnerCommunities(ctx);
    const rows = await ctx.em.find(StationEntity, {}, { orderBy: { code: 'asc' } });
    if (!covered) return rows.map(toStation);
    const theirs = new Set((await ctx.em.find(CommunityEntity, { id: { $in: [...covered] } })).map((c) => c.station.id));
    return rows.filter((s) => theirs.has(s.id)).map(toStation);
  }

  @Authorized(PARTNERS_TOO)
  @Query(() => [Station], { description: '我负责的派出所：本人负责其中任一社区的派出所（分局管理员：全部）' })
  async myStations(@Ctx() ctx: RequestContext) {
    const theirs = new Set((await answeredFor(ctx)).map((c) => c.station.id));
    return (await ctx.em.find(StationEntity, { id: { $in: [...theirs] } }, { orderBy: { code: 'asc' } })).map(toStation);
  }

  @Authorized(PARTNERS_TOO)
  @Query(() => Station, { nullable: true })
  async station(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    const s = await ctx.use(stationById).load(id);
    if (!s || !(await ctx.use(communitiesByStation).load(s.id)).some(visibleTo(ctx))) return null;
    return toStation(s);
  }

  @FieldResolver(() => [Community], { description: '辖区社区' })
  async communities(@Root() s: Station, @Ctx() ctx: RequestContext) {
    return (await ctx.use(communitiesByStation).load(s.id)).filter(visibleTo(ctx)).map(toCommunity);
  }
}

@Resolver(() => Community)
export class CommunityResolver {
  @Authorized(PARTNERS_TOO)
  @Query(() => Community, { nullable: true })
  async community(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    const c = await ctx.use(communityById).load(id);
    return c && visibleTo(ctx)(c) ? toCommunity(c) : null;
  }

  @Authorized(PARTNERS_TOO)
  @Query(() => [Community], { description: '社区列表，可按派出所筛选（合作平台：其覆盖的社区）' })
  async communities(@Ctx() ctx: RequestContext, @Arg('stationId', () => ID, { nullable: true }) stationId?: string) {
    const rows = await ctx.em.find(CommunityEntity, stationId ? { station: stationId } : {}, { orderBy: { code: 'asc' } });
    return rows.filter(visibleTo(ctx)).map(toCommunity);
  }

  @Authorized(PARTNERS_TOO)
  @Query(() => [Community], { description: '我负责的社区：分局管理员为全部，所长为本所社区，社区民警为本人岗位所在社区，合作平台为其覆盖社区' })
  async myCommunities(@Ctx() ctx: RequestContext) {
    return (await answeredFor(ctx)).map(toCommunity);
  }

  /** Boundaries are not personal data: officers' phones and the platform's services (check-ins) ask. */
  @Authorized()
  @Query(() => Community, { nullable: true, description: '定位所在的社区（按社区内网格的边界）；不在任何已绘制边界的社区内为空' })
  async communityAt(@Arg('position', () => PositionInput) position: PositionInput, @Ctx() ctx: RequestContext) {
    const id = await communityAt(ctx.em, await checkedPosition(position));
    const c = id ? await ctx.use(communityById).load(id) : null;
    return c && toCommunity(c);
  }

  @FieldResolver(() => Station, { description: '所属派出所' })
  async station(@Root() c: Community, @Ctx() ctx: RequestContext) {
    return toStation((await ctx.use(stationById).load(c.stationId))!);
  }

  /** Counts, not people: any signed-in caller (and other services' identities) may read them. */
  @FieldResolver(() => PopulationStats, { nullable: true, description: '人口规模：实有人口、流动人口、户数' })
  populationStats(@Root() c: Community, @Ctx() ctx: RequestContext) {
    return ctx.claims ? ctx.use(statsByCommunity).load(c.id) : null;
  }

  @FieldResolver(() => [Grid], { description: '社区内的警格与网格' })
  async grids(@Root() c: Community, @Ctx() ctx: RequestContext) {
    return (await ctx.use(gridsByCommunity).load(c.id)).map(toGrid);
  }
}
