import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Resident } from '../resident/resident.type';
import { Housing } from '../housing/housing.type';
import { Unit } from '../unit/unit.type';
import { VisitService, toVisit } from './visit.service';
import { RecordVisitInput, Visit, VisitPayload } from './visit.type';
import { visitsBySubject } from './visit.loaders';
import { type RequestContext } from '@cp/service-kit';

@Resolver()
export class VisitResolver {
  @Authorized('community_officer', 'station_head')
  @Mutation(() => VisitPayload, { description: '记录走访、核查、检查或复核：到期事项随即从每日工作中移除' })
  recordVisit(@Arg('input', () => RecordVisitInput) input: RecordVisitInput, @Ctx() ctx: RequestContext) {
    return ctx.use(VisitService).record(input);
  }
}

@Resolver(() => Resident)
export class ResidentVisitsResolver {
  @Authorized() // not for partners
  @FieldResolver(() => [Visit], { description: '最近的走访、核查记录（最新在前，最多 20 条）' })
  async visits(@Root() r: Resident, @Ctx() ctx: RequestContext) {
    return (await ctx.use(visitsBySubject).load(r.id)).map(toVisit);
  }
}

@Resolver(() => Unit)
export class UnitVisitsResolver {
  @FieldResolver(() => [Visit], { description: '最近的检查、复核记录（最新在前，最多 20 条）' })
  async visits(@Root() u: Unit, @Ctx() ctx: RequestContext) {
    return (await ctx.use(visitsBySubject).load(u.id)).map(toVisit);
  }
}

@Resolver(() => Housing)
export class HousingVisitsResolver {
  @Authorized() // not for partners
  @FieldResolver(() => [Visit], { description: '最近的房屋核查、检查记录（最新在前，最多 20 条）' })
  async visits(@Root() h: Housing, @Ctx() ctx: RequestContext) {
    return (await ctx.use(visitsBySubject).load(h.id)).map(toVisit);
  }
}
