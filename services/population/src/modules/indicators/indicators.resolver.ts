import { parsePeriod, type RequestContext } from '@cp/service-kit';
import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Community, Grid, Station } from '../jurisdiction/jurisdiction.type';
import { PopulationFacts } from './indicators.type';
import { communitiesByStation } from '../jurisdiction/jurisdiction.loaders';
import { gridFacts, populationFacts } from './indicators.loaders';
import { IndicatorService } from './indicators.service';

/** Counts, not people: police users and the platform's services (performance) read them; partners do not. */
@Resolver(() => Community)
export class CommunityFactsResolver {
  @Authorized()
  @FieldResolver(() => PopulationFacts, { description: '一标三实考核事实 [from, to)：按期走访、检查率，数据鲜活率，工作量' })
  populationFacts(@Root() c: Community, @Arg('from') from: string, @Arg('to') to: string, @Ctx() ctx: RequestContext) {
    const [f, t] = parsePeriod(from, to);
    return ctx.use(populationFacts)(f, t).load(c.id);
  }
}

@Resolver(() => Station)
export class StationFactsResolver {
  @Authorized()
  @FieldResolver(() => PopulationFacts, { description: '本所各社区一标三实考核事实之和 [from, to)' })
  async populationFacts(@Root() s: Station, @Arg('from') from: string, @Arg('to') to: string, @Ctx() ctx: RequestContext) {
    const [f, t] = parsePeriod(from, to);
    const communities = await ctx.use(communitiesByStation).load(s.id);
    return ctx.use(IndicatorService).sum(
      await ctx
        .use(populationFacts)(f, t)
        .loadMany(communities.map((c) => c.id)),
    );
  }
}

@Resolver(() => Grid)
export class GridFactsResolver {
  @Authorized()
  @FieldResolver(() => PopulationFacts, { description: '网格内一标三实考核事实 [from, to)：按人员、单位、房屋的标准地址归入网格' })
  populationFacts(@Root() g: Grid, @Arg('from') from: string, @Arg('to') to: string, @Ctx() ctx: RequestContext) {
    const [f, t] = parsePeriod(from, to);
    return ctx.use(gridFacts)(f, t).load(g.id);
  }
}
