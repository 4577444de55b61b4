import { requireJurisdiction, type RequestContext } from '@cp/service-kit';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { StandardAddressEntity } from './address.entity';
import { standardSpelling } from '@cp/address';
import { toAddress } from './address.mapper';
import { StandardAddress } from './address.type';

@Resolver(() => StandardAddress)
export class AddressResolver {
  @Authorized()
  @Query(() => [StandardAddress], { description: '在本人辖区的标准地址中查找（录入时选择地址用），输入按标准写法规范化' })
  async standardAddresses(
    @Ctx() ctx: RequestContext,
    @Arg('search', { description: '地址的任意一段，如“东四三条 12号”' }) search: string,
    @Arg('communityId', () => ID, { nullable: true }) communityId?: string,
    @Arg('first', () => Int, { nullable: true, description: '最多条数，默认 20，最多 50' }) first?: number,
  ) {
    const text = standardSpelling(search);
    if (text.length < 2) return [];
    const j = requireJurisdiction(ctx.claims);
    const where: FilterQuery<StandardAddressEntity> = {
      ...(j.all ? {} : { $or: [{ community: { station: { $in: j.stationIds } } }, { community: { $in: j.communityIds } }] }),
      ...(communityId ? { community: communityId } : {}),
      fullText: { $like: `%${text.replace(/[\\%_]/g, '\\$&')}%` },
    };
    const rows = await ctx.em.find(StandardAddressEntity, where, { orderBy: { fullText: 'asc' }, limit: Math.min(Math.max(first ?? 20, 1), 50) });
    return rows.map(toAddress);
  }
}
