import { errors, holds, type RequestContext } from '@cp/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Community } from '../jurisdiction/jurisdiction.type';
import { Resident } from '../resident/resident.type';
import { DUPLICATE_GROUPS } from './quality.sql';
import { DataQuality, DuplicateGroup } from './quality.type';
import { communityById } from '../jurisdiction/jurisdiction.loaders';
import { dataQuality } from './quality.loaders';
import { ResidentService } from '../resident/resident.service';

@Resolver(() => Community)
export class CommunityQualityResolver {
  /** Counts only; partners do not see them. */
  @Authorized()
  @FieldResolver(() => DataQuality, { description: '人口数据质量：完整性、鲜活度、疑似重复' })
  dataQuality(@Root() c: Community, @Ctx() ctx: RequestContext) {
    return ctx.use(dataQuality).load(c.id);
  }
}

@Resolver(() => DuplicateGroup)
export class DuplicateResolver {
  @Authorized()
  @Query(() => [DuplicateGroup], { description: '某社区的疑似重复人员记录（限本人辖区，最多 100 组）' })
  async suspectedDuplicates(@Arg('communityId', () => ID) communityId: string, @Ctx() ctx: RequestContext): Promise<DuplicateGroup[]> {
    const community = await ctx.use(communityById).load(communityId);
    if (!community) return [];
    if (!holds(ctx.claims, { stationId: community.station.id, communityId })) throw errors.outsideJurisdiction();
    const rows = await ctx.em.getConnection().execute<Array<{ ids: string[] }>>(DUPLICATE_GROUPS, [communityId]);
    return rows.map((r) => ({ residentIds: r.ids }));
  }

  @FieldResolver(() => [Resident], { description: '组内人员（按查看者权限脱敏）' })
  async residents(@Root() g: DuplicateGroup, @Ctx() ctx: RequestContext) {
    return (await Promise.all(g.residentIds.map((id) => ctx.use(ResidentService).reference(id)))).filter((r) => r !== null);
  }
}
