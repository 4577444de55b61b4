import { parsePeriod, type RequestContext } from '@cp/service-kit';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Dispute } from '../dispute/dispute.type';
import { Community } from '../federation/federation.type';
import { DisputeFacts } from './facts.type';
import { factsOf } from './facts.loaders';
import { DisputeService } from '../dispute/dispute.service';

@Resolver(() => Community)
export class CommunityDisputesResolver {
  @FieldResolver(() => [Dispute], { nullable: true, description: '本社区的纠纷（限本人辖区）' })
  disputes(@Root() c: Community, @Ctx() ctx: RequestContext) {
    return ctx.use(DisputeService).ofCommunity(c.id);
  }

  /** Aggregates, not personal data: any signed-in caller (and performance's service identity) may read them. */
  @FieldResolver(() => DisputeFacts, { nullable: true, description: '考核事实：期内登记纠纷的化解率、重复率、逾期数 [from, to)' })
  disputeFacts(@Root() c: Community, @Arg('from') from: string, @Arg('to') to: string, @Ctx() ctx: RequestContext) {
    if (!ctx.claims) return null;
    const [f, t] = parsePeriod(from, to);
    return ctx.use(factsOf)(f, t).load(c.id);
  }
}
