import { randomUUID } from 'node:crypto';
import { ReinforcementLevel } from '../approval/approval.entity';
import { dutyKindOf, requireExceptions } from '../approval/four-prohibitions';
import { RosterShiftEntity } from '../roster/roster.entity';
import { authorizeManager, expectVersion, mutation, refuse, refuseAny, userError, type BaseContext, type UserError } from '@cp/service-kit';
import { toOfficer } from '../officer/officer.mapper';
import { OfficerEntity } from '../officer/officer.entity';
import { PoliceGroupEntity, PoliceGroupMemberEntity } from './group.entity';
import type { PoliceGroup, PoliceGroupPayload, SavePoliceGroupInput } from './group.type';

export const toGroup = (g: PoliceGroupEntity, members: OfficerEntity[]): PoliceGroup => ({
  id: g.id,
  name: g.name,
  leader: g.leader ? toOfficer(g.leader) : null,
  members: members.map(toOfficer),
  version: g.version,
  stationId: g.stationId,
});

/** 警组: who works together; the roster assigns shifts to groups, not to single officers. */
export class GroupService {
  constructor(private readonly ctx: BaseContext) {}

  async ofStation(stationId: string): Promise<PoliceGroup[]> {
    const groups = await this.ctx.em.find(PoliceGroupEntity, { stationId }, { populate: ['leader', 'members.officer'], orderBy: { name: 'asc' } });
    return groups.map((g) =>
      toGroup(
        g,
        g.members.getItems().map((m) => m.officer),
      ),
    );
  }

  save(input: SavePoliceGroupInput): Promise<PoliceGroupPayload> {
    return mutation('group', input, async () => {
      const problems: UserError[] = [];
      authorizeManager(this.ctx.claims, input.stationId);
      if (!input.memberIds.includes(input.leaderId)) problems.push(userError('GROUP_LEADER_NOT_MEMBER', '组长须为本组成员', 'leaderId'));
      if (!input.name.trim()) problems.push(userError('GROUP_NAME_REQUIRED', '请填写警组名称', 'name'));
      refuseAny(problems);
      const officers = await this.ctx.em.find(OfficerEntity, { id: { $in: input.memberIds } });
      if (officers.length !== new Set(input.memberIds).size || officers.some((o) => o.stationId !== input.stationId)) {
        refuse('GROUP_MEMBER_NOT_IN_STATION', '组员须为本所警员', 'memberIds');
      }
      const elsewhere = await this.ctx.em.find(
        PoliceGroupMemberEntity,
        { officer: { $in: input.memberIds }, group: { $ne: input.id ?? null } },
        { populate: ['officer', 'group'] },
      );
      if (elsewhere.length) {
        refuse('GROUP_MEMBER_TAKEN', `${elsewhere.map((m) => `${m.officer.name}（${m.group.name}）`).join('、')} 已在其他警组`, 'memberIds');
      }
      if (input.id) {
        // joining a group on the roster is joining its shifts still to come: the station's watch
        const coming = await this.ctx.em.find(RosterShiftEntity, { group: input.id, stationId: input.stationId, endsAt: { $gt: new Date() } });
        for (const code of new Set(coming.map((c) => c.dutyKind))) {
          const kind = await dutyKindOf(this.ctx.em, code, 'memberIds');
          await requireExceptions(
            this.ctx.em,
            officers,
            kind,
            ReinforcementLevel.none,
            coming.filter((c) => c.dutyKind === code),
            'memberIds',
          );
        }
      }
      return this.ctx.em.transactional(async (tx) => {
        let group: PoliceGroupEntity;
        if (input.id) {
          const found = await tx.findOne(PoliceGroupEntity, { id: input.id });
          if (!found) refuse('GROUP_NOT_FOUND', '该警组不存在', 'id');
          // the group itself must be of the station the caller manages, not just the station named
          if (found.stationId !== input.stationId) refuse('GROUP_NOT_FOUND', '该警组不存在', 'id');
          expectVersion(found, input.version ?? -1);
          group = found;
          await tx.nativeDelete(PoliceGroupMemberEntity, { group: group.id });
          group.name = input.name.trim();
          group.leader = tx.getReference(OfficerEntity, input.leaderId);
        } else {
          group = tx.create(PoliceGroupEntity, { id: randomUUID(), stationId: input.stationId, name: input.name.trim(), leader: input.leaderId, version: 1 });
        }
        for (const id of input.memberIds) tx.create(PoliceGroupMemberEntity, { officer: id, group });
        await tx.flush();
        return toGroup(group, officers);
      });
    });
  }
}
