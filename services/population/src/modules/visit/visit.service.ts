import { randomUUID } from 'node:crypto';
import { mutation, oncePerClientKey, outsideJurisdiction, refuseAny, userError, validateInput, type BaseContext } from '@cp/service-kit';
import { ResidentEntity } from '../resident/resident.entity';
import { HousingEntity } from '../housing/housing.entity';
import { UnitEntity } from '../unit/unit.entity';
import { beijingDay } from '@cp/calendar';
import { VisitEntity, VisitKind, VisitOutcome, VisitSubject } from './visit.entity';
import type { RecordVisitInput, Visit, VisitPayload } from './visit.type';
import { placeOf } from '../jurisdiction/place';
import { madeInCommunity } from '../jurisdiction/locate';

/** How far back a visit may be recorded after the fact: within the year (older is a typing error). */
export const VISIT_BACKDATE_DAYS = 366;

export const toVisit = (v: VisitEntity): Visit => ({
  id: v.id,
  subjectType: v.subjectType,
  subjectId: v.subjectId,
  kind: v.kind,
  outcome: v.outcome,
  note: v.note ?? null,
  rectifyBy: v.rectifyBy ?? null,
  officerName: v.officerName,
  at: v.at.toISOString(),
  officerId: v.officerId ?? null,
  communityId: v.communityId,
  inCommunity: v.inCommunity ?? null,
});

/** Which kinds of visit fit which subject. */
const KINDS: Record<VisitSubject, VisitKind[]> = {
  [VisitSubject.resident]: [VisitKind.visit, VisitKind.verification],
  [VisitSubject.unit]: [VisitKind.inspection, VisitKind.recheck],
  [VisitSubject.housing]: [VisitKind.verification, VisitKind.inspection],
};
const KIND_REFUSAL: Record<VisitSubject, string> = {
  [VisitSubject.resident]: '人员只能走访或核查',
  [VisitSubject.unit]: '单位只能检查或复核',
  [VisitSubject.housing]: '房屋只能核查或检查',
};

const SUBJECTS = { [VisitSubject.resident]: ResidentEntity, [VisitSubject.unit]: UnitEntity, [VisitSubject.housing]: HousingEntity } as const;

/**
 * 走访、核查、检查: recorded as they happen (采集即录入). A verification also marks the resident's
 * record as verified; an inspection that finds something sets its rectification deadline, which
 * puts a re-check on the worklist.
 */
export class VisitService {
  constructor(private readonly ctx: BaseContext) {}

  record(input: RecordVisitInput): Promise<VisitPayload> {
    return mutation('visit', null, () =>
      oncePerClientKey(
        input.clientKey,
        async (clientKey) => {
          const mine = await this.ctx.em.findOne(VisitEntity, { clientKey, officerName: this.ctx.claims!.name, officerId: this.ctx.claims!.officerId ?? null });
          return mine && toVisit(mine);
        },
        () => this.write(input),
      ),
    );
  }

  private async write(input: RecordVisitInput): Promise<Visit> {
    const problems = await validateInput(input);
    const now = new Date();
    const at = input.at ? new Date(input.at) : now;
    if (Number.isNaN(+at) || at > now) problems.push(userError('VISIT_TIME', '发生时间格式不正确或晚于现在', 'at'));
    // a record made afterwards (补录) is for recent work: a visit a year back is a typing error, not a visit
    else if (+now - +at > VISIT_BACKDATE_DAYS * 86_400_000) {
      problems.push(userError('VISIT_TIME_TOO_EARLY', `只能补录 ${VISIT_BACKDATE_DAYS} 天内的走访、核查和检查`, 'at'));
    }
    if (!KINDS[input.subjectType].includes(input.kind)) {
      problems.push(userError('VISIT_KIND_SUBJECT', KIND_REFUSAL[input.subjectType], 'kind'));
    }
    const needsDeadline = input.subjectType === VisitSubject.unit && input.outcome === VisitOutcome.issue_found;
    if (needsDeadline && !/^\d{4}-\d{2}-\d{2}$/.test(input.rectifyBy ?? '')) {
      problems.push(userError('VISIT_RECTIFY_REQUIRED', '发现问题须填写整改期限（YYYY-MM-DD）', 'rectifyBy'));
    } else if (needsDeadline && input.rectifyBy! < beijingDay(now).date) {
      problems.push(userError('VISIT_RECTIFY_PAST', '整改期限不能早于今天', 'rectifyBy'));
    }
    const subject = await this.ctx.em.findOne(SUBJECTS[input.subjectType], { id: input.subjectId });
    if (!subject) problems.push(userError('VISIT_SUBJECT_NOT_FOUND', '走访对象不存在', 'subjectId'));
    else {
      const outside = outsideJurisdiction(this.ctx.claims, placeOf(subject), '走访对象', 'subjectId');
      if (outside) problems.push(outside);
    }
    refuseAny(problems);
    const claims = this.ctx.claims!;
    const position = input.position ?? null;
    // located where the officer stood, against the community the record belongs to
    const inCommunity = await madeInCommunity(this.ctx.em, subject!.community.id, position);
    return this.ctx.em.transactional(async (tx) => {
      const visit = tx.create(VisitEntity, {
        id: randomUUID(),
        subjectType: input.subjectType,
        subjectId: input.subjectId,
        kind: input.kind,
        outcome: input.outcome,
        note: input.note?.trim() || null,
        rectifyBy: needsDeadline ? input.rectifyBy : null,
        officerId: claims.officerId ?? null,
        officerName: claims.name,
        at,
        stationId: subject!.station.id,
        communityId: subject!.community.id,
        lat: position?.lat ?? null,
        lng: position?.lng ?? null,
        accuracy: position?.accuracy ?? null,
        inCommunity,
        clientKey: input.clientKey ?? null,
      });
      if (input.subjectType === VisitSubject.resident && input.kind === VisitKind.verification && input.outcome !== VisitOutcome.not_met) {
        await tx.nativeUpdate(ResidentEntity, { id: input.subjectId, $or: [{ verifiedAt: null }, { verifiedAt: { $lt: at } }] }, { verifiedAt: at });
      }
      await tx.flush();
      return toVisit(visit);
    });
  }
}
