import { PARTNERS_TOO } from '@cp/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { PopulationContext } from '../../context';
import { CommunityEntity, StationEntity } from './jurisdiction.entity';
import { toCommunity, toGrid, toStation } from './jurisdiction.mapper';
import { Community, Grid, PopulationStats, Station } from './jurisdiction.type';

/** The jurisdiction tree is not personal data: any signed-in caller may read it. */
@Resolver(() => Station)
export class StationResolver {
  @Authorized(PARTNERS_TOO)
  @Query(() => [Station], { description: '全部派出所' })
  async stations(@Ctx() ctx: PopulationContext) {
    return (await ctx.em.find(StationEntity, {}, { orderBy: { code: 'asc' } })).map(toStation);
  }

  @Authorized(PARTNERS_TOO)
  @Query(() => Station, { nullable: true })
  async station(@Arg('id', () => ID) id: string, @Ctx() ctx: PopulationContext) {
    const s = await ctx.loaders.stationById.load(id);
    return s && toStation(s);
  }

  @FieldResolver(() => [Community], { description: '辖区社区' })
  async communities(@Root() s: Station, @Ctx() ctx: PopulationContext) {
    return (await ctx.loaders.communitiesByStation.load(s.id)).map(toCommunity);
  }
}

@Resolver(() => Community)
export class CommunityResolver {
  @Authorized(PARTNERS_TOO)
  @Query(() => Community, { nullable: true })
  async community(@Arg('id', () => ID) id: string, @Ctx() ctx: PopulationContext) {
    const c = await ctx.loaders.communityById.load(id);
    return c && toCommunity(c);
  }

  @Authorized(PARTNERS_TOO)
  @Query(() => [Community], { description: '社区列表，可按派出所筛选' })
  async communities(@Ctx() ctx: PopulationContext, @Arg('stationId', () => ID, { nullable: true }) stationId?: string) {
    const rows = await ctx.em.find(CommunityEntity, stationId ? { station: stationId } : {}, { orderBy: { code: 'asc' } });
    return rows.map(toCommunity);
  }

  @FieldResolver(() => Station, { description: '所属派出所' })
  async station(@Root() c: Community, @Ctx() ctx: PopulationContext) {
    return toStation((await ctx.loaders.stationById.load(c.stationId))!);
  }

  /** Counts, not people: any signed-in caller (and other services' identities) may read them. */
  @FieldResolver(() => PopulationStats, { nullable: true, description: '人口规模：实有人口、流动人口、户数' })
  populationStats(@Root() c: Community, @Ctx() ctx: PopulationContext) {
    return ctx.claims ? ctx.loaders.statsByCommunity.load(c.id) : null;
  }

  @FieldResolver(() => [Grid], { description: '社区内的警格与网格' })
  async grids(@Root() c: Community, @Ctx() ctx: PopulationContext) {
    return (await ctx.loaders.gridsByCommunity.load(c.id)).map(toGrid);
  }
}
