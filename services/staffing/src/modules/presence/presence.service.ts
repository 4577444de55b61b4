import { randomUUID } from 'node:crypto';
import { groupBy, mutation, oncePerClientKey, pgArray, refuse, refuseAny, validateInput, type BaseContext, type PositionInput } from '@cp/service-kit';
import { OfficerEntity, OfficerRole } from '../officer/officer.entity';
import { PostEntity } from '../post/post.entity';
import { PresenceClosure, PresenceEntity, PresenceSource } from './presence.entity';
import { staffingRules } from '../rules/rules.service';
import { endOfStays, hoursInCommunity, scheduledHours } from './time-in-community';
import type { Presence, PresencePayload, TimeInCommunity } from './presence.type';
import { graphql } from '../../gql';

/** A check-in or check-out as a phone sends it: where, when (queued offline), and its client key. */
export interface Located {
  position?: PositionInput | null;
  at?: string | null;
  clientKey?: string | null;
}

/** A phone may hold a check-in a working day without network; older is refused, not guessed at. */
export const OFFLINE_HOURS = 24;
const CLOCK_SKEW_MS = 5 * 60_000;

const LOCATED_RECORDS = graphql(`
  query StaffingLocatedRecords($officerIds: [ID!]!, $from: String!, $to: String!) {
    locatedRecords(officerIds: $officerIds, from: $from, to: $to) {
      officerId
      at
    }
  }
`);

const COMMUNITY_AT = graphql(`
  query StaffingCommunityAt($position: PositionInput!) {
    communityAt(position: $position) {
      id
    }
  }
`);

const DAY_MS = 86_400_000;

interface StayRow {
  officer_id: string;
  check_in_at: string | Date;
  check_out_at: string | Date | null;
  in_boundary: boolean | null;
}

export const toPresence = (p: PresenceEntity): Presence => ({
  id: p.id,
  communityId: p.communityId,
  checkInAt: p.checkInAt.toISOString(),
  checkOutAt: p.checkOutAt?.toISOString() ?? null,
  closure: p.closure ?? null,
  source: p.source,
  inBoundary: p.inBoundary ?? null,
  checkOutInBoundary: p.checkOutInBoundary ?? null,
});

/**
 * 在社区时间: check-in and check-out from a phone or the console, and the share of working time
 * spent in the community against the targets (full-time ≥ 80 %, part-time ≥ 40 %).
 */
export class PresenceService {
  constructor(private readonly ctx: BaseContext) {}

  /**
   * Checks the caller (an officer) into one of their communities; an open stay is closed first.
   * A phone sends where it is: the server asks population (the owner of the boundaries) which
   * community holds the point, so the mark cannot be set by the client. A check-in queued offline
   * carries the moment it was made and its client key.
   */
  checkIn(communityId: string, source: PresenceSource, options: Located): Promise<PresencePayload> {
    return mutation('presence', null, () =>
      oncePerClientKey(
        options.clientKey,
        (clientKey) => this.mine({ clientKey }),
        async () => {
          const officerId = this.officer();
          const post = await this.ctx.em.findOne(PostEntity, { officer: officerId, communityId });
          if (!post) refuse('NOT_POSTED_HERE', '只能在本人任职的社区签到', 'communityId');
          const at = await this.moment(options);
          const inBoundary = options.position ? (await this.communityAt(options.position)) === communityId : null;
          const stay = await this.ctx.em.transactional(async (tx) => {
            const rules = await staffingRules(tx);
            for (const open of await tx.find(PresenceEntity, { officer: officerId, checkOutAt: null, checkInAt: { $lte: at } })) {
              // forgot to check out: the stay ends at the new check-in, or after the longest stay allowed
              const capAt = new Date(+open.checkInAt + rules.maxStayHours * 3_600_000);
              Object.assign(
                open,
                capAt < at ? { checkOutAt: capAt, closure: PresenceClosure.capped } : { checkOutAt: at, closure: PresenceClosure.next_check_in },
              );
            }
            return tx.create(PresenceEntity, {
              id: randomUUID(),
              officer: officerId,
              communityId,
              checkInAt: at,
              source,
              lat: options.position?.lat ?? null,
              lng: options.position?.lng ?? null,
              accuracy: options.position?.accuracy ?? null,
              inBoundary,
              clientKey: options.clientKey ?? null,
            });
          });
          return toPresence(stay);
        },
      ),
    );
  }

  /** Ends the open stay; a phone's position says whether the officer left from inside the community. */
  checkOut(options: Located): Promise<PresencePayload> {
    return mutation('presence', null, () =>
      oncePerClientKey(
        options.clientKey,
        (checkOutClientKey) => this.mine({ checkOutClientKey }),
        async () => {
          const officerId = this.officer();
          const at = await this.moment(options);
          const open = await this.ctx.em.findOne(
            PresenceEntity,
            { officer: officerId, checkOutAt: null, checkInAt: { $lte: at } },
            { orderBy: { checkInAt: 'desc' } },
          );
          if (!open) refuse('NOT_CHECKED_IN', '当前没有未签退的签到', 'id');
          Object.assign(open, {
            checkOutAt: at,
            closure: PresenceClosure.check_out,
            checkOutInBoundary: options.position ? (await this.communityAt(options.position)) === open.communityId : null,
            checkOutClientKey: options.clientKey ?? null,
          });
          await this.ctx.em.flush();
          return toPresence(open);
        },
      ),
    );
  }

  private officer(): string {
    return this.ctx.claims?.officerId ?? refuse('NOT_AN_OFFICER', '只有警员本人可以签到', 'communityId');
  }

  private async mine(key: { clientKey: string } | { checkOutClientKey: string }): Promise<Presence | null> {
    const found = await this.ctx.em.findOne(PresenceEntity, { ...key, officer: this.ctx.claims?.officerId ?? null });
    return found && toPresence(found);
  }

  /** When the officer pressed the button: now, or earlier for a write that waited on the phone (within a day). */
  private async moment(options: Located): Promise<Date> {
    if (options.position) refuseAny(await validateInput(options.position));
    const now = new Date();
    if (!options.at) return now;
    const at = new Date(options.at);
    // a phone's clock may run a little ahead of the server's
    if (Number.isNaN(+at) || +at > +now + CLOCK_SKEW_MS) refuse('PRESENCE_TIME', '签到时间格式不正确或晚于现在', 'at');
    if (+now - +at > OFFLINE_HOURS * 3_600_000) refuse('PRESENCE_TIME_TOO_EARLY', `离线签到须在 ${OFFLINE_HOURS} 小时内发送`, 'at');
    return at > now ? now : at;
  }

  /** The located records of many officers (population's), by officer; null when population cannot answer now. */
  private async locatedRecords(officerIds: string[], from: Date, to: Date): Promise<Map<string, Date[]> | null> {
    if (!officerIds.length) return new Map();
    try {
      const { locatedRecords } = await this.ctx.gateway.query(LOCATED_RECORDS, { officerIds, from: from.toISOString(), to: to.toISOString() });
      const byOfficer = new Map<string, Date[]>();
      for (const r of locatedRecords) {
        const mine = byOfficer.get(r.officerId);
        if (mine) mine.push(new Date(r.at));
        else byOfficer.set(r.officerId, [new Date(r.at)]);
      }
      return byOfficer;
    } catch {
      return null; // the figures then rest on check-ins alone, and say so (locatedRecords: null)
    }
  }

  /** The community whose boundary holds the point (population's answer); unreachable: try again later. */
  private async communityAt(position: PositionInput): Promise<string | null> {
    const { lat, lng, accuracy } = position;
    try {
      return (await this.ctx.gateway.query(COMMUNITY_AT, { position: { lat, lng, accuracy } })).communityAt?.id ?? null;
    } catch {
      return refuse('BOUNDARY_UNAVAILABLE', '暂时无法核验定位（人口服务不可用），请稍后重试', 'position');
    }
  }

  /** Time in community for many officers over one period: three statements in all. */
  async timeOf(officers: OfficerEntity[], from: Date, to: Date): Promise<Map<string, TimeInCommunity>> {
    const ids = officers.map((o) => o.id);
    const now = new Date();
    const rules = await staffingRules(this.ctx.em);
    const maxBack = new Date(+from - rules.maxStayHours * 3_600_000);
    // plain rows: a district's month is thousands of stays, and building entities of them was most of the time
    const db = this.ctx.em.getConnection();
    const [stayRows, memberships] = await Promise.all([
      db.execute<StayRow[]>(
        'select officer_id, check_in_at, check_out_at, in_boundary from community_presence where officer_id = any(?::uuid[]) and check_in_at >= ? and check_in_at < ?',
        [pgArray(ids), maxBack, to],
      ),
      db.execute<Array<{ officer_id: string; group_id: string }>>('select officer_id, group_id from police_group_member where officer_id = any(?::uuid[])', [
        pgArray(ids),
      ]),
    ]);
    const staysOf = groupBy(
      stayRows.map((r) => ({
        officerId: r.officer_id,
        checkInAt: new Date(r.check_in_at),
        checkOutAt: r.check_out_at ? new Date(r.check_out_at) : null,
        inBoundary: r.in_boundary,
      })),
      (s) => s.officerId,
    );
    const records = await this.locatedRecords(ids, from, to);
    const groupOf = new Map(memberships.map((m) => [m.officer_id, m.group_id]));
    // a district's month is tens of thousands of shifts: plain rows, by group, looked up once per officer
    const shiftsOf = groupBy(
      groupOf.size
        ? (
            await db.execute<Array<{ group_id: string; starts_at: string; ends_at: string }>>(
              'select group_id, starts_at, ends_at from roster_shift where group_id = any(?::uuid[]) and starts_at < ? and ends_at > ?',
              [pgArray([...new Set(groupOf.values())]), to, from],
            )
          ).map((r) => ({ groupId: r.group_id, startsAt: new Date(r.starts_at), endsAt: new Date(r.ends_at) }))
        : [],
      (shift) => shift.groupId,
    );
    const workingHours = Math.round(((((+to - +from) / DAY_MS) * rules.standardWeekHours) / 7) * 100) / 100;
    return new Map(
      officers.map((o) => {
        const mine = staysOf.get(o.id) ?? [];
        const all = mine.map((s) => ({ checkInAt: s.checkInAt, checkOutAt: s.checkOutAt }));
        // the same stays, each counted under what its check-in proved (an open stay still ends at the next check-in of any kind)
        const ended = endOfStays(all, now, rules.maxStayHours);
        const of = (proof: boolean | null) => ended.filter((_, i) => (mine[i].inBoundary ?? null) === proof);
        const { hours: stayHours } = hoursInCommunity(of(true), from, to, now, rules.maxStayHours);
        // a record made inside the community proves the minutes around it; overlaps with stays count once
        const half = (rules.locatedRecordMinutes * 60_000) / 2;
        const proved = (records?.get(o.id) ?? []).map((at) => ({ checkInAt: new Date(+at - half), checkOutAt: new Date(Math.min(+at + half, +now)) }));
        const { hours } = hoursInCommunity([...of(true), ...proved], from, to, now, rules.maxStayHours);
        const { hours: declaredHours } = hoursInCommunity(of(null), from, to, now, rules.maxStayHours);
        const openStays = all.filter((s) => !s.checkOutAt && s.checkInAt >= from && s.checkInAt < to).length;
        const outsideCheckIns = mine.filter((s) => s.inBoundary === false && s.checkInAt >= from && s.checkInAt < to).length;
        const target =
          o.role === OfficerRole.community_full_time ? rules.fullTimeShare : o.role === OfficerRole.community_part_time ? rules.partTimeShare : null;
        const share = workingHours ? Math.round((hours / workingHours) * 10_000) / 10_000 : 0;
        const group = groupOf.get(o.id);
        const rostered = scheduledHours((group && shiftsOf.get(group)) || [], from, to);
        return [
          o.id,
          {
            from: from.toISOString(),
            to: to.toISOString(),
            hours,
            recordHours: Math.round((hours - stayHours) * 100) / 100,
            locatedRecords: records ? (records.get(o.id)?.length ?? 0) : null,
            declaredHours,
            outsideCheckIns,
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
