import { checkedPosition, PositionInput, requireJurisdiction, type RequestContext } from '@cp/service-kit';
import { raw, type FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { StandardAddressEntity } from './address.entity';
import { standardSpelling } from '@cp/address';
import { toAddress } from './address.mapper';
import { StandardAddress } from './address.type';

@Resolver(() => StandardAddress)
export class AddressResolver {
  @Authorized()
  @Query(() => [StandardAddress], { description: '在本人辖区的标准地址中查找（录入时选择地址用），输入按标准写法规范化；给出定位时按距离由近到远' })
  async standardAddresses(
    @Ctx() ctx: RequestContext,
    @Arg('search', () => String, { nullable: true, description: '地址的任意一段，如“东四三条 12号”；给出定位时可不填' }) search?: string | null,
    @Arg('communityId', () => ID, { nullable: true }) communityId?: string,
    @Arg('first', () => Int, { nullable: true, description: '最多条数，默认 20，最多 50' }) first?: number,
    @Arg('near', () => PositionInput, { nullable: true, description: '手机定位：只列有坐标的地址，最近的在前' }) near?: PositionInput,
    @Arg('withoutHousing', () => Boolean, { nullable: true, description: '只列尚未登记房屋的地址（登记实有房屋时）' }) withoutHousing?: boolean,
  ) {
    const text = standardSpelling(search ?? '');
    const at = near ? await checkedPosition(near) : null;
    if (text.length < 2 && !at) return [];
    const j = requireJurisdiction(ctx.claims);
    const where: FilterQuery<StandardAddressEntity> = {
      $and: [
        j.all ? {} : { $or: [{ community: { station: { $in: j.stationIds } } }, { community: { $in: j.communityIds } }] },
        communityId ? { community: communityId } : {},
        text.length >= 2 ? { fullText: { $like: `%${text.replace(/[\\%_]/g, '\\$&')}%` } } : {},
        at ? { lat: { $ne: null }, lng: { $ne: null } } : {},
        withoutHousing ? { [raw((a) => `exists (select 1 from housing h where h.address_id = ${a}.id)`)]: false } : {},
      ],
    };
    // near a phone: by distance on the ground (a degree of longitude shrinks by the cosine of the latitude)
    const k = at ? Math.cos((at.lat * Math.PI) / 180) : 0;
    const orderBy = at ? { [raw('power(lat - ?, 2) + power((lng - ?) * ?, 2)', [at.lat, at.lng, k])]: 'asc' as const } : { fullText: 'asc' as const };
    const rows = await ctx.em.find(StandardAddressEntity, where, { orderBy, limit: Math.min(Math.max(first ?? 20, 1), 50) });
    return rows.map(toAddress);
  }
}
