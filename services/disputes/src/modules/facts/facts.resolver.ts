import { DomainError } from '@cp/service-kit';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { DisputesContext } from '../../context';
import { Dispute } from '../dispute/dispute.type';
import { Community } from '../federation/federation.type';
import { DisputeFacts } from './facts.type';

const MAX_PERIOD_DAYS = 400;

@Resolver(() => Community)
export class CommunityDisputesResolver {
  @FieldResolver(() => [Dispute], { nullable: true, description: '本社区的纠纷（限本人辖区）' })
  disputes(@Root() c: Community, @Ctx() ctx: DisputesContext) {
    return ctx.disputes.ofCommunity(c.id);
  }

  /** Aggregates, not personal data: any signed-in caller (and performance's service identity) may read them. */
  @FieldResolver(() => DisputeFacts, { nullable: true, description: '考核事实：期内登记纠纷的化解率、重复率、逾期数 [from, to)' })
  disputeFacts(@Root() c: Community, @Arg('from') from: string, @Arg('to') to: string, @Ctx() ctx: DisputesContext) {
    if (!ctx.claims) return null;
    const [f, t] = [new Date(from), new Date(to)];
    if (Number.isNaN(+f) || Number.isNaN(+t) || f >= t || +t - +f > MAX_PERIOD_DAYS * 86_400_000) {
      throw new DomainError('PERIOD_INVALID', `期间无效：from 须早于 to，且不超过 ${MAX_PERIOD_DAYS} 天（ISO 8601 日期）`);
    }
    return ctx.loaders.factsOf(f, t).load(c.id);
  }
}
