import { randomUUID } from 'node:crypto';
import { inJurisdiction } from '@cp/auth';
import { requireJurisdiction, staleVersion, updateWithVersion, userError, validateInput, type BaseContext, type UserError } from '@cp/service-kit';
import { ResidentEntity } from '../resident/resident.entity';
import { FocusCategoryEntity, FocusPersonEntity } from './focus.entity';
import type { AddFocusPersonInput, FocusCategory, FocusCategoryPayload, FocusPerson, FocusPersonPayload } from './focus.type';

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

const refused = (...errors: UserError[]): FocusPersonPayload => ({ focus: null, errors });

/** 特定对象、关爱帮扶: who is listed in which category, and the categories' visit frequencies. */
export class FocusService {
  constructor(private readonly ctx: BaseContext) {}

  async categories(): Promise<FocusCategory[]> {
    return (await this.ctx.em.find(FocusCategoryEntity, {}, { orderBy: { kind: 'desc', sort: 'asc' } })).map(toCategory);
  }

  async add(input: AddFocusPersonInput): Promise<FocusPersonPayload> {
    const problems = await validateInput(input);
    const since = input.since ? new Date(input.since) : new Date();
    if (Number.isNaN(+since)) problems.push(userError('FOCUS_SINCE', '列管起始时间格式不正确（ISO 8601）', 'since'));
    const resident = await this.ctx.em.findOne(ResidentEntity, { id: input.residentId });
    if (!resident) problems.push(userError('RESIDENT_NOT_FOUND', '该人员不存在', 'residentId'));
    else if (!inJurisdiction(requireJurisdiction(this.ctx.claims), { stationId: resident.station.id, communityId: resident.community.id })) {
      problems.push(userError('OUTSIDE_JURISDICTION', '该人员不在您的辖区范围内', 'residentId'));
    }
    const category = await this.ctx.em.findOne(FocusCategoryEntity, { code: input.categoryCode, active: true });
    if (!category) problems.push(userError('FOCUS_CATEGORY_UNKNOWN', '未知或已停用的类别', 'categoryCode'));
    if (problems.length) return refused(...problems);
    if (await this.ctx.em.count(FocusPersonEntity, { resident: resident!, category: category!, endedAt: null })) {
      return refused(userError('FOCUS_ALREADY_LISTED', `该人员已列为「${category!.name}」`, 'categoryCode'));
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
    return { focus: toFocusPerson(focus), errors: [] };
  }

  async end(id: string): Promise<FocusPersonPayload> {
    const focus = await this.ctx.em.findOne(FocusPersonEntity, { id }, { populate: ['category'] });
    if (!focus) return refused(userError('FOCUS_NOT_FOUND', '该列管记录不存在', 'id'));
    if (!inJurisdiction(requireJurisdiction(this.ctx.claims), { stationId: focus.station.id, communityId: focus.community.id })) {
      return refused(userError('OUTSIDE_JURISDICTION', '该人员不在您的辖区范围内', 'id'));
    }
    focus.endedAt ??= new Date();
    await this.ctx.em.flush();
    return { focus: toFocusPerson(focus), errors: [] };
  }

  /** A district's frequencies follow the rules in force; changing one reschedules every person in it. */
  async updateCategory(code: string, version: number, visitEveryDays: number, active: boolean): Promise<FocusCategoryPayload> {
    const category = await this.ctx.em.findOne(FocusCategoryEntity, { code });
    if (!category) return { category: null, errors: [userError('FOCUS_CATEGORY_UNKNOWN', '未知的类别', 'code')] };
    if (!Number.isInteger(visitEveryDays) || visitEveryDays < 1 || visitEveryDays > 366) {
      return { category: null, errors: [userError('FOCUS_FREQUENCY', '走访间隔应为 1 到 366 天', 'visitEveryDays')] };
    }
    if (category.version !== version) return { category: null, errors: [staleVersion()] };
    const result = await updateWithVersion(this.ctx.em, category, version, (_tx, c) => Object.assign(c, { visitEveryDays, active }));
    return result.ok ? { category: toCategory(result.value), errors: [] } : { category: null, errors: [result.error] };
  }
}
