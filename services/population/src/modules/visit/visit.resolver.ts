import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Resident } from '../resident/resident.type';
import { ResidentService } from '../resident/resident.service';
import { UnitService } from '../unit/unit.service';
import { Community } from '../jurisdiction/jurisdiction.type';
import { toCommunity } from '../jurisdiction/jurisdiction.mapper';
import { communityById } from '../jurisdiction/jurisdiction.loaders';
import { Housing } from '../housing/housing.type';
import { Unit } from '../unit/unit.type';
import { VisitService, toVisit } from './visit.service';
import {
  AttachVisitPhotoInput,
  RecordVisitInput,
  Visit,
  VisitFact,
  VisitLedger,
  VisitPayload,
  VisitPhoto,
  VisitPhotoImage,
  VisitPhotoPayload,
} from './visit.type';
import { toVisitPhoto, VisitPhotoService } from './visit-photo.service';
import { VisitSubject } from './visit.entity';
import { VisitEntity } from './visit.entity';
import { photosByVisit, visitsBySubject } from './visit.loaders';
import { jurisdictionWhere, ledgerOf, LEDGER_MAX_ROWS, parsePeriod, requireJurisdiction, serviceOrJurisdiction, type RequestContext } from '@cp/service-kit';

@Resolver()
export class VisitResolver {
  @Authorized('community_officer', 'station_head')
  @Mutation(() => VisitPayload, { description: '记录走访、核查、检查或复核：到期事项随即从每日工作中移除' })
  recordVisit(@Arg('input', () => RecordVisitInput) input: RecordVisitInput, @Ctx() ctx: RequestContext) {
    return ctx.use(VisitService).record(input);
  }

  @Authorized('community_officer', 'station_head')
  @Mutation(() => VisitPhotoPayload, { description: '为本人的走访、核查、检查记录添加现场照片（可用离线记录的客户端幂等键指明记录）' })
  attachVisitPhoto(@Arg('input', () => AttachVisitPhotoInput) input: AttachVisitPhotoInput, @Ctx() ctx: RequestContext) {
    return ctx.use(VisitPhotoService).attach(input);
  }

  @Authorized() // not for partners
  @Query(() => VisitPhotoImage, {
    nullable: true,
    description: '一张现场照片及其图片：限记录所在辖区；人员、房屋的照片仅限负责该社区的民警和本所所长（PHOTO_WITHHELD），每次查看留痕',
  })
  visitPhoto(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return ctx.use(VisitPhotoService).image(id);
  }

  /**
   * 台账 and 社区工作记录: what was recorded in a period, for the caller's jurisdiction, one station or
   * one officer; the subject comes with it (masked as everywhere), so nobody retypes the work.
   */
  @Authorized('district_admin', 'station_head', 'community_officer')
  @Query(() => VisitLedger, { description: '走访、核查、检查台账（限本人辖区）[from, to)，可按派出所、民警、对象类别筛选' })
  async visitLedger(
    @Arg('from', () => String) from: string,
    @Arg('to', () => String) to: string,
    @Ctx() ctx: RequestContext,
    @Arg('stationId', () => ID, { nullable: true }) stationId?: string,
    @Arg('officerId', () => ID, { nullable: true }) officerId?: string,
    @Arg('subjectType', () => VisitSubject, { nullable: true }) subjectType?: VisitSubject,
  ): Promise<VisitLedger> {
    const [f, t] = parsePeriod(from, to);
    const rows = await ctx.em.find(
      VisitEntity,
      // each condition apart: a filter narrows the caller's jurisdiction, never replaces it
      {
        $and: [
          { at: { $gte: f, $lt: t } },
          jurisdictionWhere(requireJurisdiction(ctx.claims)),
          stationId ? { stationId } : {},
          officerId ? { officerId } : {},
          subjectType ? { subjectType } : {},
        ],
      },
      { orderBy: { at: 'asc', id: 'asc' }, limit: LEDGER_MAX_ROWS + 1 },
    );
    return ledgerOf(rows, toVisit);
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

/** A record's subject and place, each read under the caller's own access (masks, audit). */
@Resolver(() => Visit)
export class VisitSubjectResolver {
  @Authorized() // not for partners
  @FieldResolver(() => [VisitPhoto], { description: '现场照片（不含图片，图片经 visitPhoto 读取）' })
  async photos(@Root() v: Visit, @Ctx() ctx: RequestContext) {
    return (await ctx.use(photosByVisit).load(v.id)).map(toVisitPhoto);
  }

  @FieldResolver(() => Resident, { nullable: true, description: '对象为人员时' })
  resident(@Root() v: Visit, @Ctx() ctx: RequestContext) {
    return v.subjectType === VisitSubject.resident ? ctx.use(ResidentService).reference(v.subjectId) : null;
  }

  @FieldResolver(() => Unit, { nullable: true, description: '对象为单位时' })
  unit(@Root() v: Visit, @Ctx() ctx: RequestContext) {
    return v.subjectType === VisitSubject.unit ? ctx.use(UnitService).reference(v.subjectId) : null;
  }

  @FieldResolver(() => Community, { nullable: true })
  async community(@Root() v: Visit, @Ctx() ctx: RequestContext) {
    const c = v.communityId ? await ctx.use(communityById).load(v.communityId) : null;
    return c && toCommunity(c);
  }
}
