import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { DisputesContext } from '../../context';
import { Community, Resident } from '../federation/federation.type';
import { DisputeStatus } from './dispute.entity';
import { toParty } from './dispute.mapper';
import { Dispute, DisputeConnection, DisputeParty } from './dispute.type';

@Resolver(() => Dispute)
export class DisputeResolver {
  @Authorized()
  @Query(() => Dispute, { nullable: true, description: '按 id 查询纠纷（限本人辖区）' })
  dispute(@Arg('id', () => ID) id: string, @Ctx() ctx: DisputesContext) {
    return ctx.disputes.get(id);
  }

  @Authorized()
  @Query(() => DisputeConnection, { description: '纠纷台账（限本人辖区），按游标分页' })
  disputes(
    @Ctx() ctx: DisputesContext,
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('communityId', () => ID, { nullable: true }) communityId?: string,
    @Arg('status', () => DisputeStatus, { nullable: true }) status?: DisputeStatus,
  ) {
    return ctx.disputes.list({ first, after, communityId, status });
  }

  @FieldResolver(() => [DisputeParty], { description: '当事人' })
  async parties(@Root() d: Dispute, @Ctx() ctx: DisputesContext) {
    return (await ctx.loaders.partiesByDispute.load(d.id)).map(toParty);
  }

  @FieldResolver(() => Community, { nullable: true, description: '发生地社区' })
  community(@Root() d: Dispute): Community {
    return { id: d.communityId };
  }
}

@Resolver(() => DisputeParty)
export class DisputePartyResolver {
  @FieldResolver(() => Resident, { nullable: true, description: '已关联的实有人口' })
  resident(@Root() p: DisputeParty): Resident | null {
    return p.residentId ? { id: p.residentId } : null;
  }
}

@Resolver(() => Resident)
export class ResidentDisputesResolver {
  @FieldResolver(() => [Dispute], { nullable: true, description: '此人作为当事人的纠纷（限本人辖区）' })
  disputes(@Root() r: Resident, @Ctx() ctx: DisputesContext) {
    return ctx.disputes.ofResident(r.id);
  }
}

@Resolver(() => Community)
export class CommunityDisputesResolver {
  @FieldResolver(() => [Dispute], { nullable: true, description: '本社区的纠纷（限本人辖区）' })
  disputes(@Root() c: Community, @Ctx() ctx: DisputesContext) {
    return ctx.disputes.ofCommunity(c.id);
  }
}
