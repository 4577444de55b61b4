import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Resident } from '../resident/resident.type';
import { Housing } from '../housing/housing.type';
import { Unit } from '../unit/unit.type';
import { VisitService, toVisit } from './visit.service';
import { RecordVisitInput, Visit, VisitFact, VisitPayload } from './visit.type';
import { VisitEntity } from './visit.entity';
import { visitsBySubject } from './visit.loaders';
import { jurisdictionWhere, serviceOrJurisdiction, type RequestContext } from '@cp/service-kit';

@Resolver()
export class VisitResolver {
  @Authorized('community_officer', 'station_head')
  @Mutation(() => VisitPayload, { description: '记录走访、核查、检查或复核：到期事项随即从每日工作中移除' })
  recordVisit(@Arg('input', () => RecordVisitInput) input: RecordVisitInput, @Ctx() ctx: RequestContext) {
    return ctx.use(VisitService).record(input);
  }

  /** Facts, not the notes: the platform's services (tasks, to see whether a task's record exists) read all; users their jurisdiction. */
  @Authorized()
  @Query(() => [VisitFact], { description: '某对象自某时起的走访、检查记录（不含内容，限本人辖区）' })
  async visitFacts(@Arg('subjectId', () => ID) subjectId: string, @Arg('since', () => String) since: string, @Ctx() ctx: RequestContext): Promise<VisitFact[]> {
    const where = jurisdictionWhere(serviceOrJurisdiction(ctx.claims));
    const rows = await ctx.em.find(
      VisitEntity,
      { subjectId, at: { $gte: new Date(since) } /* checked by the input guard */, ...where },
      { orderBy: { at: 'asc' }, limit: 100 },
    );
    return rows.map((v) => ({
      id: v.id,
      subjectType: v.subjectType,
      subjectId: v.subjectId,
      kind: v.kind,
      outcome: v.outcome,
      officerId: v.officerId ?? null,
      at: v.at.toISOString(),
    }));
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
