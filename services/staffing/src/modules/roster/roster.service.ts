import { randomUUID } from 'node:crypto';
import { authorizeManager, expectVersion, holds, mutation, orRefuse, refuse, refuseAny, updateWithVersion, userError, type BaseContext } from '@cp/service-kit';
import { PoliceGroupEntity } from '../group/group.entity';
import { ReinforcementLevel } from '../approval/approval.entity';
import { dutyKindOf, requireExceptions } from '../approval/four-prohibitions';
import { toGroup } from '../group/group.service';
import { generateRoster, patternProblems } from './generate-roster';
import { RosterShiftEntity, ShiftPatternEntity } from './roster.entity';
import type { EditRosterShiftInput, GenerateRosterInput, GenerateRosterPayload, RosterShift, RosterShiftPayload, ShiftPattern } from './roster.type';

/** Every rotation counts from this day, so rosters generated month by month continue seamlessly. */
export const ROTATION_ANCHOR = '2026-01-01';
const MAX_DAYS = 92;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const toPattern = (p: ShiftPatternEntity): ShiftPattern => ({
  id: p.id,
  code: p.code,
  name: p.name,
  description: p.description ?? null,
  shifts: p.shifts,
  cycle: p.cycle,
  groupCount: p.groupCount,
  dutyKind: p.dutyKind,
});

const toShift = (s: RosterShiftEntity): RosterShift => ({
  id: s.id,
  day: s.day,
  shiftCode: s.shiftCode,
  shiftName: s.shiftName,
  startsAt: s.startsAt.toISOString(),
  endsAt: s.endsAt.toISOString(),
  edited: s.edited,
  dutyKind: s.dutyKind,
  note: s.note ?? null,
  group: toGroup(s.group, s.group.members.isInitialized() ? s.group.members.getItems().map((m) => m.officer) : []),
  version: s.version,
});

/** 排班: rosters generated from a pattern and groups, then edited shift by shift. */
export class RosterService {
  constructor(private readonly ctx: BaseContext) {}

  async patterns(): Promise<ShiftPattern[]> {
    return (await this.ctx.em.find(ShiftPatternEntity, {}, { orderBy: { code: 'asc' } })).map(toPattern);
  }

  async shifts(stationId: string, from: string, to: string): Promise<RosterShift[]> {
    if (!holds(this.ctx.claims, { stationId })) return [];
    const rows = await this.ctx.em.find(
      RosterShiftEntity,
      { stationId, day: { $gte: from, $lte: to } },
      { populate: ['group.leader', 'group.members.officer'], orderBy: { startsAt: 'asc', group: { name: 'asc' } } },
    );
    return rows.map(toShift);
  }

  /**
   * Replaces the unedited shifts of these groups in the period with the pattern's; shifts edited
   * by hand are kept (and the generated shift they collide with is skipped). One transaction.
   */
  generate(input: GenerateRosterInput): Promise<GenerateRosterPayload> {
    return mutation({ created: 0, keptEdited: 0 }, input, async () => {
      authorizeManager(this.ctx.claims, input.stationId);
      if (!DAY.test(input.from) || !DAY.test(input.to) || input.from > input.to)
        refuse('ROSTER_PERIOD', '排班期间无效：日期格式为 YYYY-MM-DD，起始不晚于结束', 'from');
      const days = (Date.parse(input.to) - Date.parse(input.from)) / 86_400_000 + 1;
      if (days > MAX_DAYS) refuse('ROSTER_PERIOD', `一次最多生成 ${MAX_DAYS} 天`, 'to');
      const pattern = await this.ctx.em.findOne(ShiftPatternEntity, { code: input.patternCode });
      if (!pattern) refuse('PATTERN_NOT_FOUND', '勤务模式不存在', 'patternCode');
      const problems = patternProblems(pattern);
      refuseAny(problems.map((m) => userError('PATTERN_INVALID', m, 'patternCode')));
      if (input.groupIds.length !== pattern.groupCount || new Set(input.groupIds).size !== input.groupIds.length) {
        refuse('ROSTER_GROUP_COUNT', `${pattern.name}需要 ${pattern.groupCount} 个不同的警组`, 'groupIds');
      }
      const groups = await this.ctx.em.find(PoliceGroupEntity, { id: { $in: input.groupIds }, stationId: input.stationId }, { populate: ['members.officer'] });
      if (groups.length !== input.groupIds.length) refuse('GROUP_NOT_IN_STATION', '警组须属于本所', 'groupIds');

      const planned = generateRoster(pattern, input.from, input.to, ROTATION_ANCHOR);
      // the station's watch is regular duty: no full-time community officer on it without an exception
      const kind = await dutyKindOf(this.ctx.em, pattern.dutyKind, 'patternCode');
      for (const [i, id] of input.groupIds.entries()) {
        const members = groups
          .find((g) => g.id === id)!
          .members.getItems()
          .map((m) => m.officer);
        const theirs = planned.filter((p) => p.groupIndex === i);
        await requireExceptions(this.ctx.em, members, kind, ReinforcementLevel.none, theirs, 'groupIds');
      }
      return this.ctx.em.transactional(async (tx) => {
        const scope = { group: { $in: input.groupIds }, day: { $gte: input.from, $lte: input.to } };
        await tx.nativeDelete(RosterShiftEntity, { ...scope, edited: false });
        const kept = await tx.find(RosterShiftEntity, { ...scope, edited: true });
        // an edited shift holds its slot, even if it was handed to another group
        const taken = new Set(kept.map((s) => `${s.shiftCode}|${+s.startsAt}`));
        let created = 0;
        for (const p of planned) {
          const groupId = input.groupIds[p.groupIndex];
          if (taken.has(`${p.shiftCode}|${+p.startsAt}`)) continue;
          tx.create(RosterShiftEntity, { id: randomUUID(), stationId: input.stationId, group: groupId, ...p, dutyKind: pattern.dutyKind, version: 1 });
          created++;
        }
        await tx.flush();
        return { created, keptEdited: kept.length };
      });
    });
  }

  edit(input: EditRosterShiftInput): Promise<RosterShiftPayload> {
    return mutation('shift', input, async () => {
      const shift = await this.ctx.em.findOne(RosterShiftEntity, { id: input.id }, { populate: ['group.leader', 'group.members.officer'] });
      if (!shift) refuse('SHIFT_NOT_FOUND', '该班次不存在', 'id');
      authorizeManager(this.ctx.claims, shift.stationId, 'id');
      expectVersion(shift, input.version);
      const startsAt = input.startsAt ? new Date(input.startsAt) : shift.startsAt;
      const endsAt = input.endsAt ? new Date(input.endsAt) : shift.endsAt;
      if (Number.isNaN(+startsAt) || Number.isNaN(+endsAt) || endsAt <= startsAt) refuse('SHIFT_TIME', '班次结束时间须晚于开始时间', 'endsAt');
      if (+endsAt - +startsAt > 24 * 3_600_000) refuse('SHIFT_TIME', '单个班次不超过 24 小时', 'endsAt');
      let group = shift.group;
      if (input.groupId && input.groupId !== shift.group.id) {
        const other = await this.ctx.em.findOne(
          PoliceGroupEntity,
          { id: input.groupId, stationId: shift.stationId },
          { populate: ['leader', 'members.officer'] },
        );
        if (!other) refuse('GROUP_NOT_IN_STATION', '警组须属于本所', 'groupId');
        group = other;
      }
      const officers = group.members.getItems().map((m) => m.officer);
      const kind = await dutyKindOf(this.ctx.em, shift.dutyKind, 'id');
      await requireExceptions(this.ctx.em, officers, kind, ReinforcementLevel.none, [{ startsAt, endsAt }], input.groupId ? 'groupId' : 'endsAt');
      const result = await updateWithVersion(this.ctx.em, shift, input.version, (_tx, s) => {
        Object.assign(s, { group, startsAt, endsAt, edited: true, note: input.note ?? s.note ?? null });
        return s;
      });
      return toShift(orRefuse(result));
    });
  }
}
