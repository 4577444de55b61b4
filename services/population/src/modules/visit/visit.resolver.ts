import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { PopulationContext } from '../../context';
import { Resident } from '../resident/resident.type';
import { Housing } from '../housing/housing.type';
import { Unit } from '../unit/unit.type';
import { toVisit } from './visit.service';
import { RecordVisitInput, Visit, VisitPayload } from './visit.type';

@Resolver()
export class VisitResolver {
  @Authorized('community_officer', 'station_head')
  @Mutation(() => VisitPayload, { description: '记录走访、核查、检查或复核：到期事项随即从每日工作中移除' })
  recordVisit(@Arg('input', () => RecordVisitInput) input: RecordVisitInput, @Ctx() ctx: PopulationContext) {
    return ctx.visits.record(input);
  }
}

@Resolver(() => Resident)
export class ResidentVisitsResolver {
  @Authorized() // not for partners
  @FieldResolver(() => [Visit], { description: '最近的走访、核查记录（最新在前，最多 20 条）' })
  async visits(@Root() r: Resident, @Ctx() ctx: PopulationContext) {
    return (await ctx.loaders.visitsBySubject.load(r.id)).map(toVisit);
  }
}

@Resolver(() => Unit)
export class UnitVisitsResolver {
  @FieldResolver(() => [Visit], { description: '最近的检查、复核记录（最新在前，最多 20 条）' })
  async visits(@Root() u: Unit, @Ctx() ctx: PopulationContext) {
    return (await ctx.loaders.visitsBySubject.load(u.id)).map(toVisit);
  }
}

@Resolver(() => Housing)
export class HousingVisitsResolver {
  @Authorized() // not for partners
  @FieldResolver(() => [Visit], { description: '最近的房屋核查、检查记录（最新在前，最多 20 条）' })
  async visits(@Root() h: Housing, @Ctx() ctx: PopulationContext) {
    return (await ctx.loaders.visitsBySubject.load(h.id)).map(toVisit);
  }
}
