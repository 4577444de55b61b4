import { randomUUID } from 'node:crypto';
import { atVersion, authorize, mutation, outsideJurisdiction, refuse, refuseAny, userError, validateInput, type BaseContext } from '@cp/service-kit';
import { ResidentEntity } from '../resident/resident.entity';
import { FocusCategoryEntity, FocusPersonEntity } from './focus.entity';
import type { AddFocusPersonInput, FocusCategory, FocusCategoryPayload, FocusPerson, FocusPersonPayload } from './focus.type';
import { placeOf } from '../jurisdiction/place';

export const toCategory = (c: FocusCategoryEntity): FocusCategory => ({
  code: c.code,
  name: c.name,
  kind: c.kind,
  visitEveryDays: c.visitEveryDays,
  active: c.active,
  version: c.version,
});

export const toFocusPerson = (f: FocusPersonEntity): FocusPerson => ({
  id: f.id,
  category: toCategory(f.category),
  since: f.since.toISOString(),
  note: f.note ?? null,
  endedAt: f.endedAt?.toISOString() ?? null,
  residentId: f.resident.id,
});

/** 特定对象、关爱帮扶: who is listed in which category, and the categories' visit frequencies. */
export class FocusService {
  constructor(private readonly ctx: BaseContext) {}

  async categories(): Promise<FocusCategory[]> {
    return (await this.ctx.em.find(FocusCategoryEntity, {}, { orderBy: { kind: 'desc', sort: 'asc' } })).map(toCategory);
  }

  add(input: AddFocusPersonInput): Promise<FocusPersonPayload> {
    return mutation('focus', null, async () => {
      const problems = await validateInput(input);
      const since = input.since ? new Date(input.since) : new Date();
      if (Number.isNaN(+since)) problems.push(userError('FOCUS_SINCE', '列管起始时间格式不正确（ISO 8601）', 'since'));
      const resident = await this.ctx.em.findOne(ResidentEntity, { id: input.residentId });
      if (!resident) problems.push(userError('RESIDENT_NOT_FOUND', '该人员不存在', 'residentId'));
      else {
        const outside = outsideJurisdiction(this.ctx.claims, placeOf(resident), '人员', 'residentId');
        if (outside) problems.push(outside);
      }
      const category = await this.ctx.em.findOne(FocusCategoryEntity, { code: input.categoryCode, active: true });
      if (!category) problems.push(userError('FOCUS_CATEGORY_UNKNOWN', '未知或已停用的类别', 'categoryCode'));
      refuseAny(problems);
      if (await this.ctx.em.count(FocusPersonEntity, { resident: resident!, category: category!, endedAt: null })) {
        refuse('FOCUS_ALREADY_LISTED', `该人员已列为「${category!.name}」`, 'categoryCode');
      }
      const focus = this.ctx.em.create(FocusPersonEntity, {
        id: randomUUID(),
        resident: resident!,
        category: category!,
        station: resident!.station,
        community: resident!.community,
        since,
        note: input.note?.trim() || null,
        createdBy: this.ctx.claims!.username,
      });
      await this.ctx.em.flush();
      return toFocusPerson(focus);
    });
  }

  end(id: string): Promise<FocusPersonPayload> {
    return mutation('focus', null, async () => {
      const focus = await this.ctx.em.findOne(FocusPersonEntity, { id }, { populate: ['category'] });
      if (!focus) refuse('FOCUS_NOT_FOUND', '该列管记录不存在', 'id');
      authorize(this.ctx.claims, placeOf(focus), '人员', 'id');
      focus.endedAt ??= new Date();
      await this.ctx.em.flush();
      return toFocusPerson(focus);
    });
  }

  /** A district's frequencies follow the rules in force; changing one reschedules every person in it. */
  updateCategory(code: string, version: number, visitEveryDays: number, active: boolean): Promise<FocusCategoryPayload> {
    return mutation('category', null, async () => {
      const category = await this.ctx.em.findOne(FocusCategoryEntity, { code });
      if (!category) refuse('FOCUS_CATEGORY_UNKNOWN', '未知的类别', 'code');
      if (!Number.isInteger(visitEveryDays) || visitEveryDays < 1 || visitEveryDays > 366) {
        refuse('FOCUS_FREQUENCY', '走访间隔应为 1 到 366 天', 'visitEveryDays');
      }
      return toCategory(await atVersion(this.ctx.em, category, version, (_tx, c) => Object.assign(c, { visitEveryDays, active })));
    });
  }
}
