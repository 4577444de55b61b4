import { isPlatformService } from '@cp/auth';
import { errors, parsePeriod, type RequestContext } from '@cp/service-kit';
import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import { VisitEntity } from '../visit/visit.entity';
import { LocatedRegistrationEntity } from './located.entity';
import { LocatedRecord } from './located.type';

@Resolver()
export class LocatedResolver {
  /**
   * Staffing counts time in the community from check-ins and from the records officers made
   * standing inside it (visits, verifications, inspections, registrations): this is the second
   * half, two statements for all the officers asked about.
   */
  @Authorized()
  @Query(() => [LocatedRecord], {
    description: '（平台服务之间）民警期内定位在社区边界内的走访、核查、检查、登记记录时刻 [from, to)；仅供平台内部服务调用',
  })
  async locatedRecords(
    @Arg('officerIds', () => [ID]) officerIds: string[],
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Ctx() ctx: RequestContext,
  ): Promise<LocatedRecord[]> {
    if (!isPlatformService(ctx.claims)) throw errors.unauthorized();
    const [f, t] = parsePeriod(from, to);
    const where = { officerId: { $in: officerIds }, at: { $gte: f, $lt: t }, inCommunity: true };
    const visits = await ctx.em.find(VisitEntity, where, { fields: ['officerId', 'communityId', 'at'] });
    const registrations = await ctx.em.find(LocatedRegistrationEntity, where, { fields: ['officerId', 'communityId', 'at'] });
    return [...visits, ...registrations]
      .map((r) => ({ officerId: r.officerId!, communityId: r.communityId, at: r.at.toISOString() }))
      .sort((a, b) => a.at.localeCompare(b.at));
  }
}
