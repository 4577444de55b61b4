import { composeResidentId } from '@cp/id-card';
import { GIVEN, LANES, LOCAL_AREA, ORIGINS, ROADS, SURNAMES } from './names';
import { between, pick, rng, stableId } from './random';

/*
 * The demo district: 东城分局 with 20 stations and 163 communities, one police grid per
 * community (as in 东四: 6 communities, 6 police grids), A/B officers on every community,
 * tens of thousands of residents and some disputes. Every service seeds its own slice.
 */

export interface DemoCommunity {
  id: string;
  code: string;
  name: string;
  stationId: string;
  gridId: string;
  gridName: string;
  /** The police grid's outline: a closed ring of [lng, lat] (GeoJSON Polygon order). */
  gridBoundary: Array<[number, number]>;
  residentCount: number;
}
export interface DemoStation {
  id: string;
  code: string;
  name: string;
  communities: DemoCommunity[];
}
export interface DemoResident {
  id: string;
  communityId: string;
  name: string;
  idNumber: string;
  sex: 'male' | 'female';
  birthDate: string;
  phone: string;
  kind: 'registered' | 'floating';
  originArea: string | null;
  address: string;
}
export interface DemoOfficer {
  id: string;
  badgeNo: string;
  name: string;
  stationId: string;
  role: 'community_full_time' | 'community_part_time' | 'station_head' | 'deputy_head' | 'community_team_lead' | 'patrol';
  sworn: boolean;
  phone: string;
}
export interface DemoPost {
  communityId: string;
  officerId: string;
  role: 'A' | 'B';
}

export const DISTRICT = { id: stableId('district', 'dongcheng'), code: '110101', name: '东城分局' };

const STATION_NAMES = [
  '前门',
  '东四',
  '东华门',
  '景山',
  '交道口',
  '安定门',
  '北新桥',
  '和平里',
  '建国门',
  '朝阳门',
  '东直门',
  '崇文门',
  '天坛',
  '体育馆路',
  '龙潭',
  '永定门',
  '东花市',
  '王府井',
  '地安门',
  '北京站',
];
/** 163 communities over 20 stations; 东四 has 6 as in the source text. */
const COMMUNITIES_PER_STATION = [9, 6, 8, 7, 9, 8, 9, 10, 8, 8, 9, 8, 7, 8, 9, 8, 8, 8, 8, 8];
const COMMUNITY_SUFFIXES = ['社区', '东社区', '西社区', '南社区', '北社区', '里社区', '街社区', '胡同社区', '新社区', '园社区'];
const DEFAULT_RESIDENTS_PER_COMMUNITY = 240;

export function demoStations(residentsPerCommunity = DEFAULT_RESIDENTS_PER_COMMUNITY): DemoStation[] {
  return STATION_NAMES.map((name, s) => {
    const id = stableId('station', s);
    const r = rng(`station-${s}`);
    const communities = Array.from({ length: COMMUNITIES_PER_STATION[s] }, (_, c): DemoCommunity => {
      const cname = `${name}${COMMUNITY_SUFFIXES[c % COMMUNITY_SUFFIXES.length]}`;
      return {
        id: stableId('community', s, c),
        code: `${DISTRICT.code}${String(s + 1).padStart(3, '0')}${String(c + 1).padStart(3, '0')}`,
        name: cname,
        stationId: id,
        gridId: stableId('grid', s, c),
        gridName: `${cname}警格`,
        gridBoundary: gridCell(s, c, COMMUNITIES_PER_STATION[s]),
        // skewed sizes: some communities are twice the average, some half
        residentCount: Math.round(residentsPerCommunity * (0.5 + r() * 1.5)),
      };
    });
    return { id, code: `${DISTRICT.code}${String(s + 1).padStart(3, '0')}`, name: `${name}派出所`, communities };
  });
}

/**
 * Schematic outlines inside 东城's bounding box: stations in a 5 × 4 layout, each station's
 * communities side by side in its block. Good enough to draw a risk map without map tiles.
 */
function gridCell(station: number, community: number, communities: number): Array<[number, number]> {
  const [west, south, east, north] = [116.35, 39.86, 116.48, 39.96];
  const blockW = (east - west) / 5;
  const blockH = (north - south) / 4;
  const cols = Math.ceil(Math.sqrt(communities));
  const rows = Math.ceil(communities / cols);
  const x0 = west + (station % 5) * blockW + (community % cols) * (blockW / cols);
  const y0 = north - Math.floor(station / 5) * blockH - (Math.floor(community / cols) + 1) * (blockH / rows);
  const [w, h] = [blockW / cols, blockH / rows];
  const round = (n: number) => Math.round(n * 1e6) / 1e6;
  const ring: Array<[number, number]> = [
    [x0, y0],
    [x0 + w, y0],
    [x0 + w, y0 + h],
    [x0, y0 + h],
    [x0, y0],
  ];
  return ring.map(([x, y]) => [round(x), round(y)]);
}

export const demoCommunities = (stations = demoStations()) => stations.flatMap((s) => s.communities);

function personName(r: () => number): string {
  return pick(r, SURNAMES) + pick(r, GIVEN) + (r() < 0.6 ? pick(r, GIVEN) : '');
}

function phone(r: () => number): string {
  return `1${pick(r, ['3', '5', '7', '8', '9'])}${String(between(r, 0, 999_999_999)).padStart(9, '0')}`;
}

/**
 * Every resident of the district, by community, the same on every call. About 30 % are
 * floating. One pass over the whole district keeps ID numbers unique across communities.
 */
export function demoResidentsByCommunity(stations = demoStations()): Map<string, DemoResident[]> {
  const used = new Set<string>();
  const out = new Map<string, DemoResident[]>();
  let communityIndex = 0;
  for (const station of stations) {
    for (const community of station.communities) {
      const r = rng(`residents-${community.id}`);
      // each community its own street (road + lane), so addresses never cross communities
      const street = ROADS[communityIndex % ROADS.length] + LANES[Math.floor(communityIndex / ROADS.length) % LANES.length];
      communityIndex++;
      out.set(
        community.id,
        Array.from({ length: community.residentCount }, (_, i) => {
          const floating = r() < 0.3;
          const [area] = floating ? pick(r, ORIGINS) : [LOCAL_AREA];
          const sex = r() < 0.5 ? 'male' : 'female';
          const birthDate = `${between(r, 1940, 2020)}-${String(between(r, 1, 12)).padStart(2, '0')}-${String(between(r, 1, 28)).padStart(2, '0')}`;
          let seq = between(r, 0, 499);
          let idNumber = composeResidentId(area, birthDate, seq, sex);
          while (used.has(idNumber)) idNumber = composeResidentId(area, birthDate, ++seq, sex);
          used.add(idNumber);
          return {
            id: stableId('resident', community.id, i),
            communityId: community.id,
            name: personName(r),
            idNumber,
            sex,
            birthDate,
            phone: phone(r),
            kind: floating ? 'floating' : 'registered',
            originArea: floating ? area : null,
            address: `北京市东城区${street}${between(r, 1, 99)}号${between(r, 1, 6)}单元${between(r, 1, 20)}0${between(r, 1, 4)}室`,
          };
        }),
      );
    }
  }
  return out;
}

/** How many patrol officers (巡逻民警) a station's watch has: four groups of two, or of three at every fourth station. */
export const patrolCount = (stationIndex: number) => 4 * (stationIndex % 4 === 2 ? 3 : 2);

/**
 * Officers and A/B posts: per station two chiefs (所长 and 教导员, 双正职), a deputy head who runs
 * the duty (分管勤务: asks for exceptions, never signs them), a team lead, full-time
 * community officers on the posts, and the patrol officers who keep the station's watch (the
 * community officers never do: 四不准), with among them a part-time community officer (兼职) who
 * covers a community as its B post. At the stations with the larger watch the community police
 * fall short of 40 % of the station's police (两个40%), a gap the staffing report shows.
 */
export function demoStaffing(stations = demoStations()): { officers: DemoOfficer[]; posts: DemoPost[] } {
  const officers: DemoOfficer[] = [];
  const posts: DemoPost[] = [];
  let badge = 100001;
  let watchBadge = 200001; // a range of their own, so the community officers' badges stay as they were
  stations.forEach((station, s) => {
    const r = rng(`staff-${station.id}`);
    const officer = (role: DemoOfficer['role'], k: number): DemoOfficer => ({
      id: stableId('officer', s, role, k),
      badgeNo: String(badge++),
      name: personName(r),
      stationId: station.id,
      role,
      sworn: true,
      phone: phone(r),
    });
    officers.push(officer('station_head', 0), officer('community_team_lead', 0));
    // 148 full-time community officers for 163 communities (东城): some hold A in two communities.
    const count = Math.max(2, Math.round((station.communities.length * 148) / 163));
    const team = Array.from({ length: count }, (_, k) => officer('community_full_time', k));
    officers.push(...team);
    station.communities.forEach((c, i) => {
      posts.push({ communityId: c.id, officerId: team[i % count].id, role: 'A' });
      posts.push({ communityId: c.id, officerId: team[(i + 1) % count].id, role: 'B' });
    });
    const w = rng(`watch-${station.id}`);
    const watch = (role: DemoOfficer['role'], k: number): DemoOfficer => ({
      id: stableId('officer', s, role, k),
      badgeNo: String(watchBadge++),
      name: personName(w),
      stationId: station.id,
      role,
      sworn: true,
      phone: phone(w),
    });
    officers.push(watch('station_head', 1), watch('deputy_head', 0), ...Array.from({ length: patrolCount(s) }, (_, k) => watch('patrol', k)));
    // 兼职社区民警: a watch officer who also covers the station's last community as its B post (40 % of the time there)
    const partTime = watch('community_part_time', 0);
    officers.push(partTime);
    const last = station.communities[station.communities.length - 1];
    posts.find((p) => p.communityId === last.id && p.role === 'B')!.officerId = partTime.id;
  });
  return { officers, posts };
}

export interface DemoDispute {
  id: string;
  communityId: string;
  title: string;
  category: string;
  source: string;
  status: 'registered' | 'assessed' | 'in_mediation' | 'resolved';
  riskLevel: 'general' | 'major' | 'serious';
  partyResidentIds: string[];
  reportedAt: string;
}

const CATEGORIES: ReadonlyArray<[string, string]> = [
  ['family', '家庭纠纷'],
  ['neighbour', '邻里纠纷'],
  ['property_management', '物业纠纷'],
  ['labour', '劳资纠纷'],
  ['debt', '债务纠纷'],
  ['housing', '房屋租赁纠纷'],
];
const SOURCES = ['police_call', 'community_found', 'walk_in', 'grid_report', 'after_case'];

/** About one dispute per 20 residents, between two of them; a few involve the same people again. */
export function demoDisputes(community: DemoCommunity, residents: DemoResident[]): DemoDispute[] {
  const r = rng(`disputes-${community.id}`);
  const count = Math.max(1, Math.round(residents.length / 20));
  return Array.from({ length: count }, (_, i) => {
    const a = pick(r, residents);
    const b = pick(r, residents);
    const [category, label] = pick(r, CATEGORIES);
    const roll = r();
    const day = between(r, 1, 300);
    return {
      id: stableId('dispute', community.id, i),
      communityId: community.id,
      title: `${a.name}与${b.name}${label}`,
      category,
      source: pick(r, SOURCES),
      status: roll < 0.45 ? 'resolved' : roll < 0.65 ? 'in_mediation' : roll < 0.85 ? 'assessed' : 'registered',
      riskLevel: r() < 0.8 ? 'general' : r() < 0.8 ? 'major' : 'serious',
      partyResidentIds: a.id === b.id ? [a.id] : [a.id, b.id],
      reportedAt: new Date(Date.UTC(2026, 0, 1) + day * 86_400_000).toISOString(),
    };
  });
}

export interface DemoUser {
  username: string;
  password: string;
  displayName: string;
  roles: Array<'district_admin' | 'station_head' | 'community_officer'>;
  officerId: string | null;
}

/** Console logins printed at start: one per role, and 前门's other leaders (双正职: an exception the deputy asks for needs both chiefs). */
export function demoUsers(staffing = demoStaffing()): DemoUser[] {
  const [head, instructor] = staffing.officers.filter((o) => o.role === 'station_head' && o.stationId === stableId('station', 0));
  const deputy = staffing.officers.find((o) => o.role === 'deputy_head' && o.stationId === stableId('station', 0))!;
  const dongsiA = staffing.posts.find((p) => p.communityId === stableId('community', 1, 0) && p.role === 'A')!;
  return [
    { username: 'admin', password: 'Admin@2026', displayName: '东城分局管理员', roles: ['district_admin'], officerId: null },
    { username: 'qianmen', password: 'Qianmen@2026', displayName: '前门派出所所长', roles: ['station_head'], officerId: head.id },
    { username: 'qianmen2', password: 'Qianmen2@2026', displayName: '前门派出所教导员', roles: ['station_head'], officerId: instructor.id },
    { username: 'qianmen3', password: 'Qianmen3@2026', displayName: '前门派出所副所长', roles: ['station_head'], officerId: deputy.id },
    { username: 'dongsi', password: 'Dongsi@2026', displayName: '东四社区民警', roles: ['community_officer'], officerId: dongsiA.officerId },
  ];
}

/**
 * A point well inside a community's outline (its ring's centre; the demo's outlines are convex),
 * where seeded check-ins and field records were made and where the browser tests stand.
 */
export function insideCommunity(c: DemoCommunity): { lat: number; lng: number } {
  const ring = c.gridBoundary.slice(0, -1);
  const mean = (i: 0 | 1) => Math.round((ring.reduce((sum, p) => sum + p[i], 0) / ring.length) * 1e6) / 1e6;
  return { lng: mean(0), lat: mean(1) };
}

/** Where a demo address stands: a point inside its community's outline, the same every run. */
export function addressPoint(c: DemoCommunity, fullText: string): { lat: number; lng: number } {
  const r = rng(`address-point-${fullText}`);
  const xs = c.gridBoundary.map((p) => p[0]);
  const ys = c.gridBoundary.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // inside by a margin, so a phone standing at the door is inside the community too
  const at = (lo: number, hi: number) => Math.round((lo + (hi - lo) * (0.1 + 0.8 * r())) * 1e6) / 1e6;
  return { lng: at(x0, x1), lat: at(y0, y1) };
}
