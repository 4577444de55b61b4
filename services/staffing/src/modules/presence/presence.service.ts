import { randomUUID } from 'node:crypto';
import { userError, type BaseContext, type UserError } from '@cp/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { PoliceGroupMemberEntity } from '../group/group.entity';
import { OfficerEntity, OfficerRole } from '../officer/officer.entity';
import { PostEntity } from '../post/post.entity';
import { RosterShiftEntity } from '../roster/roster.entity';
import { PresenceClosure, PresenceEntity, PresenceSource, StaffingRulesEntity } from './presence.entity';
import { hoursInCommunity, scheduledHours } from './time-in-community';
import type { Presence, TimeInCommunity } from './presence.type';

const DAY_MS = 86_400_000;

export async function staffingRules(em: EntityManager): Promise<StaffingRulesEntity> {
  return (await em.findOne(StaffingRulesEntity, { id: 1 })) ?? Object.assign(new StaffingRulesEntity(), { version: 1 });
}

export const toPresence = (p: PresenceEntity): Presence => ({
  id: p.id,
  communityId: p.communityId,
  checkInAt: p.checkInAt.toISOString(),
  checkOutAt: p.checkOutAt?.toISOString() ?? null,
  closure: p.closure ?? null,
  source: p.source,
});

/**
 * 在社区时间: check-in and check-out from a phone or the console, and the share of working time
 * spent in the community against the targets (full-time ≥ 80 %, part-time ≥ 40 %).
 */
export class PresenceService {
  constructor(private readonly ctx: BaseContext) {}

  /** Checks the caller (an officer) into one of their communities; an open stay is closed first. */
  async checkIn(communityId: string, source: PresenceSource): Promise<{ presence: Presence | null; errors: UserError[] }> {
    const officerId = this.ctx.claims?.officerId;
    if (!officerId) return { presence: null, errors: [userError('NOT_AN_OFFICER', '只有警员本人可以签到', 'communityId')] };
    const post = await this.ctx.em.findOne(PostEntity, { officer: officerId, communityId });
    if (!post) return { presence: null, errors: [userError('NOT_POSTED_HERE', '只能在本人任职的社区签到', 'communityId')] };
    const now = new Date();
    const stay = await this.ctx.em.transactional(async (tx) => {
      const rules = await staffingRules(tx);
      for (const open of await tx.find(PresenceEntity, { officer: officerId, checkOutAt: null })) {
        // forgot to check out: the stay ends at the new check-in, or after the longest stay allowed
        const capAt = new Date(+open.checkInAt + rules.maxStayHours * 3_600_000);
        Object.assign(open, capAt < now ? { checkOutAt: capAt, closure: PresenceClosure.capped } : { checkOutAt: now, closure: PresenceClosure.next_check_in });
      }
      return tx.create(PresenceEntity, { id: randomUUID(), officer: officerId, communityId, checkInAt: now, source });
    });
    return { presence: toPresence(stay), errors: [] };
  }

  async checkOut(): Promise<{ presence: Presence | null; errors: UserError[] }> {
    const officerId = this.ctx.claims?.officerId;
    const open = officerId ? await this.ctx.em.findOne(PresenceEntity, { officer: officerId, checkOutAt: null }, { orderBy: { checkInAt: 'desc' } }) : null;
    if (!open) return { presence: null, errors: [userError('NOT_CHECKED_IN', '当前没有未签退的签到', 'id')] };
    open.checkOutAt = new Date();
    open.closure = PresenceClosure.check_out;
    await this.ctx.em.flush();
    return { presence: toPresence(open), errors: [] };
  }

  /** Time in community for many officers over one period: three statements in all. */
  async timeOf(officers: OfficerEntity[], from: Date, to: Date): Promise<Map<string, TimeInCommunity>> {
    const ids = officers.map((o) => o.id);
    const now = new Date();
    const rules = await staffingRules(this.ctx.em);
    const maxBack = new Date(+from - rules.maxStayHours * 3_600_000);
    const [stays, memberships] = await Promise.all([
      this.ctx.em.find(PresenceEntity, { officer: { $in: ids }, checkInAt: { $gte: maxBack, $lt: to } }),
      this.ctx.em.find(PoliceGroupMemberEntity, { officer: { $in: ids } }),
    ]);
    const groupOf = new Map(memberships.map((m) => [m.officer.id, m.group.id]));
    const shifts = groupOf.size
      ? await this.ctx.em.find(RosterShiftEntity, { group: { $in: [...new Set(groupOf.values())] }, startsAt: { $lt: to }, endsAt: { $gt: from } })
      : [];
    const workingHours = Math.round(((((+to - +from) / DAY_MS) * rules.standardWeekHours) / 7) * 100) / 100;
    return new Map(
      officers.map((o) => {
        const mine = stays.filter((s) => s.officer.id === o.id).map((s) => ({ checkInAt: s.checkInAt, checkOutAt: s.checkOutAt ?? null }));
        const { hours, openStays } = hoursInCommunity(mine, from, to, now, rules.maxStayHours);
        const target =
          o.role === OfficerRole.community_full_time ? rules.fullTimeShare : o.role === OfficerRole.community_part_time ? rules.partTimeShare : null;
        const share = workingHours ? Math.round((hours / workingHours) * 10_000) / 10_000 : 0;
        const rostered = scheduledHours(
          shifts.filter((s) => s.group.id === groupOf.get(o.id)),
          from,
          to,
        );
        return [
          o.id,
          {
            from: from.toISOString(),
            to: to.toISOString(),
            hours,
            workingHours,
            rosteredHours: rostered,
            share,
            target,
            meetsTarget: target === null ? null : share >= target,
            openStays,
          },
        ];
      }),
    );
  }
}
