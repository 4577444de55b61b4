import { beijingToday } from '@cp/calendar';
import { demoCommunities, demoStaffing, demoStations, demoUsers, insideCommunity, rng, stableId } from '@cp/demo-district';
import { insertInChunks, type SeedOptions } from '@cp/service-kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import bcrypt from 'bcryptjs';
import { AccountEntity } from './modules/account/account.entity';
import { PoliceGroupEntity, PoliceGroupMemberEntity } from './modules/group/group.entity';
import { OfficerEntity, OfficerRole } from './modules/officer/officer.entity';
import { PostHistoryEntity } from './modules/officer/post-history.entity';
import { PostEntity, PostRole } from './modules/post/post.entity';
import { PresenceClosure, PresenceEntity, PresenceSource } from './modules/presence/presence.entity';
import { StaffingRulesEntity } from './modules/rules/rules.entity';
import { COMMUNITY_DAY, generateRoster, STANDARD_PATTERNS, type PatternShape } from './modules/roster/generate-roster';
import { RosterShiftEntity } from './modules/roster/roster.entity';
import { ROTATION_ANCHOR } from './modules/roster/roster.service';

const HOUR = 3_600_000;
const GROUP_NAMES = ['一组', '二组', '三组', '四组'];

/**
 * Loads the demo district's staff: officers, A/B posts, auxiliaries (一警两辅, with a few gaps),
 * the station's watch groups (patrol officers) and the community officers' 警组 on a roster for
 * this month and next, four weeks of check-ins, and one login per role.
 */
export async function seedDemoStaffing(orm: MikroORM, { residentsPerCommunity }: SeedOptions = {}): Promise<string> {
  const em = orm.em.fork();
  if ((await em.count(OfficerEntity)) > 0) return 'staffing: demo data already present';
  const stations = demoStations(residentsPerCommunity);
  const staffing = demoStaffing(stations);
  const users = demoUsers(staffing);
  const r = rng('staffing-seed');
  const now = Date.now();
  // in post from half a year to nine (本岗位原则上不少于 5 年: about half are short of it), each post its own
  const tenure = rng('post-tenure');
  const started = () => new Date(now - (180 + Math.floor(tenure() * 3100)) * 24 * HOUR);

  // 一警两辅: two auxiliaries per community, one in every fifth community (a gap to show)
  const auxiliaries = stations.flatMap((s, si) =>
    s.communities.flatMap((c, ci) =>
      Array.from({ length: ci % 5 === 4 ? 1 : 2 }, (_, k) => ({
        id: stableId('auxiliary', c.id, k),
        badgeNo: `F${String(si + 1).padStart(2, '0')}${String(ci + 1).padStart(2, '0')}${k + 1}`,
        name: `${c.name.slice(0, 2)}辅警${k + 1}`,
        stationId: s.id,
        role: OfficerRole.community_auxiliary,
        sworn: false,
        phone: null,
        communityId: c.id,
      })),
    ),
  );

  // the station's watch: its patrol officers dealt into the pattern's groups (前门 三班两运转 as in
  // the text, the others 四班三运转). Full-time community officers never keep it (四不准): they form
  // 警组 of up to four neighbouring communities' officers, in the community on the community day pattern.
  type DemoGroup = { id: string; stationId: string; name: string; leader: string; members: string[]; pattern: PatternShape & { code: string } };
  const groups: DemoGroup[] = [];
  stations.forEach((s, si) => {
    const watch = si === 0 ? STANDARD_PATTERNS[1] : STANDARD_PATTERNS[0];
    const patrol = staffing.officers.filter((o) => o.stationId === s.id && (o.role === 'patrol' || o.role === 'community_part_time')).map((o) => o.id);
    Array.from({ length: watch.groupCount }, (_, g) => patrol.filter((_, i) => i % watch.groupCount === g)).forEach((members, g) =>
      groups.push({ id: stableId('group', s.id, g), stationId: s.id, name: `值班${GROUP_NAMES[g]}`, leader: members[0], members, pattern: watch }),
    );
    const community = staffing.officers.filter((o) => o.stationId === s.id && o.role === 'community_full_time').map((o) => o.id);
    for (let k = 0; k * 4 < community.length; k++) {
      const members = community.slice(k * 4, k * 4 + 4);
      groups.push({ id: stableId('community-group', s.id, k), stationId: s.id, name: `社区警组${k + 1}`, leader: members[0], members, pattern: COMMUNITY_DAY });
    }
  });
  const today = beijingToday(new Date(now));
  const from = `${today.slice(0, 7)}-01`;
  const next = new Date(Date.UTC(+today.slice(0, 4), +today.slice(5, 7) + 1, 0)).toISOString().slice(0, 10); // end of next month
  const shifts = stations.flatMap((s) =>
    [...new Set(groups.filter((g) => g.stationId === s.id).map((g) => g.pattern))].flatMap((pattern) => {
      const mine = groups.filter((g) => g.stationId === s.id && g.pattern === pattern);
      // a pattern for several groups rotates them together; one for a single group is that group's alone
      const rotations = pattern.groupCount === 1 ? mine.map((g) => [g]) : [mine];
      return rotations.flatMap((rotation) =>
        generateRoster(pattern, from, next, ROTATION_ANCHOR).map((p) => ({
          id: stableId('shift', rotation[p.groupIndex].id, p.startsAt.toISOString()),
          stationId: s.id,
          group: rotation[p.groupIndex].id,
          day: p.day,
          shiftCode: p.shiftCode,
          shiftName: p.shiftName,
          startsAt: p.startsAt,
          endsAt: p.endsAt,
          dutyKind: pattern === COMMUNITY_DAY ? 'community_work' : 'regular_duty',
          version: 1,
        })),
      );
    }),
  );

  const PRESENCE_DAYS = 120;
  // four months of check-ins (the last ended quarter is measured too): full-time officers in their A community most weekdays
  const aPost = new Map(staffing.posts.filter((p) => p.role === 'A').map((p) => [p.officerId, p.communityId]));
  const communityById = new Map(demoCommunities(stations).map((c) => [c.id, c]));
  const presence = staffing.officers
    .filter((o) => o.role === 'community_full_time' && aPost.has(o.id))
    .flatMap((o) =>
      Array.from({ length: PRESENCE_DAYS }, (_, d) => {
        const day = new Date(now - (PRESENCE_DAYS - d) * 24 * HOUR);
        if ([0, 6].includes(day.getUTCDay()) || r() < 0.1) return [];
        const checkInAt = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 0, 30 + Math.floor(r() * 60)));
        const forgot = r() < 0.05;
        // most check-ins from the phone, located inside the community; the rest self-declared at the desk
        const phone = r() < 0.8;
        const at = insideCommunity(communityById.get(aPost.get(o.id)!)!);
        return [
          {
            id: stableId('presence', o.id, d),
            officer: o.id,
            communityId: aPost.get(o.id)!,
            checkInAt,
            checkOutAt: forgot ? new Date(+checkInAt + 10 * HOUR) : new Date(+checkInAt + (5.5 + r() * 3) * HOUR),
            closure: forgot ? PresenceClosure.capped : PresenceClosure.check_out,
            source: phone ? PresenceSource.phone : PresenceSource.console,
            ...(phone ? { lat: at.lat, lng: at.lng, accuracy: 20, inBoundary: true, checkOutInBoundary: forgot ? null : true } : {}),
          },
        ];
      }).flat(),
    )
    .concat(partTimePresence(staffing, communityById, now, PRESENCE_DAYS));

  await em.transactional(async (tx) => {
    await insertInChunks(
      tx,
      OfficerEntity,
      [...staffing.officers, ...auxiliaries.map(({ communityId: _c, ...a }) => a)].map((o) => ({ ...o, version: 1 })),
    );
    const posts = [
      ...staffing.posts.map((p) => ({ communityId: p.communityId, officer: p.officerId, role: p.role as PostRole })),
      ...auxiliaries.map((a) => ({ communityId: a.communityId, officer: a.id, role: PostRole.AUX })),
    ];
    await insertInChunks(
      tx,
      PostEntity,
      posts.map((p) => ({ id: stableId('post', p.communityId, p.role, p.officer), ...p })),
    );
    await insertInChunks(
      tx,
      PostHistoryEntity,
      posts.map((p) => ({ id: stableId('post-history', p.communityId, p.role, p.officer), ...p, startedAt: started() })),
    );
    await insertInChunks(
      tx,
      PoliceGroupEntity,
      groups.map((g) => ({ id: g.id, stationId: g.stationId, name: g.name, leader: g.leader, version: 1 })),
    );
    await insertInChunks(
      tx,
      PoliceGroupMemberEntity,
      groups.flatMap((g) => g.members.map((m) => ({ officer: m, group: g.id }))),
    );
    await insertInChunks(tx, RosterShiftEntity, shifts);
    await insertInChunks(tx, PresenceEntity, presence);
    // the demo is 东城, which asks 90 % of a full-time officer's time in the community (the texts' floor is 80 %);
    // its establishment puts 38 % of its police at the stations, short of 两个40% (the rest serve its departments)
    const sworn = staffing.officers.filter((o) => o.sworn).length;
    await tx.nativeUpdate(StaffingRulesEntity, { id: 1 }, { fullTimeShare: 0.9, districtPolice: Math.round(sworn / 0.38) });
    await insertInChunks(
      tx,
      AccountEntity,
      users.map((u) => ({
        id: stableId('account', u.username),
        username: u.username,
        passwordHash: bcrypt.hashSync(u.password, 10),
        displayName: u.displayName,
        roles: u.roles,
        officer: u.officerId,
      })),
    );
  });
  const logins = users.map((u) => `${u.username} / ${u.password} (${u.displayName})`).join('; ');
  return `staffing: seeded ${staffing.officers.length} officers, ${auxiliaries.length} auxiliaries, ${staffing.posts.length} posts, ${groups.length} groups, ${shifts.length} shifts; logins: ${logins}`;
}

/** 兼职社区民警 in their B community two weekdays of most weeks, about 40 % of the working time. */
function partTimePresence(
  staffing: ReturnType<typeof demoStaffing>,
  communityById: Map<string, ReturnType<typeof demoCommunities>[number]>,
  now: number,
  days: number,
) {
  const r = rng('part-time-presence');
  const bPost = new Map(staffing.posts.filter((p) => p.role === 'B').map((p) => [p.officerId, p.communityId]));
  return staffing.officers
    .filter((o) => o.role === 'community_part_time' && bPost.has(o.id))
    .flatMap((o) =>
      Array.from({ length: days }, (_, d) => {
        const day = new Date(now - (days - d) * 24 * HOUR);
        if (![2, 4].includes(day.getUTCDay()) || r() < 0.1) return [];
        const checkInAt = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 0, 30 + Math.floor(r() * 30)));
        const at = insideCommunity(communityById.get(bPost.get(o.id)!)!);
        return [
          {
            id: stableId('presence', o.id, d),
            officer: o.id,
            communityId: bPost.get(o.id)!,
            checkInAt,
            checkOutAt: new Date(+checkInAt + (7.5 + r()) * HOUR),
            closure: PresenceClosure.check_out,
            source: PresenceSource.phone,
            lat: at.lat,
            lng: at.lng,
            accuracy: 20,
            inBoundary: true,
            checkOutInBoundary: true,
          },
        ];
      }),
    )
    .flat();
}
