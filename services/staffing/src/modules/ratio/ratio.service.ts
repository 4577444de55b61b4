import { inJurisdiction } from '@cp/auth';
import { requireJurisdiction, type BaseContext } from '@cp/service-kit';
import { OfficerEntity, OfficerRole } from '../officer/officer.entity';
import { PostEntity, PostRole } from '../post/post.entity';
import { staffingRules } from '../rules/rules.service';
import { graphql } from '../../gql';
import type { StationPopulationFragment } from '../../gql/graphql';
import type { StaffingRulesEntity } from '../rules/rules.entity';
import { ApprovalEntity, ApprovalStatus, RestrictedDuty } from '../approval/approval.entity';
import { yearsSince } from '../approval/tenure';
import { toOfficer } from '../officer/officer.mapper';
import { PostHistoryEntity } from '../officer/post-history.entity';
import type { CommunityStaffing, DistrictStaffing, StaffingReport, StationStaffing } from './ratio.type';

type StationPopulation = StationPopulationFragment;

const DAY_MS = 86_400_000;
const COMMUNITY_ROLES = [OfficerRole.community_full_time, OfficerRole.community_part_time, OfficerRole.community_team_lead];

/** One station when asked about one (its counts only), else the district's. */
const ONE_STATION = graphql(`
  query StaffingStationPopulation($id: ID!) {
    station(id: $id) {
      ...StationPopulation
    }
  }

  fragment StationPopulation on Station {
    id
    communities {
      id
      populationStats {
        residents
        households
      }
    }
  }
`);
const ALL_STATIONS = graphql(`
  query StaffingPopulation {
    stations {
      ...StationPopulation
    }
  }
`);

/**
 * 警力配置: officers and auxiliaries per community against residents and households (counts read
 * from population through the gateway, under this service's identity), and 两个40% per station.
 */
export class RatioService {
  constructor(private readonly ctx: BaseContext) {}

  async report(stationId?: string | null): Promise<StaffingReport> {
    const j = requireJurisdiction(this.ctx.claims);
    const stations = stationId
      ? [(await this.ctx.gateway.query(ONE_STATION, { id: stationId })).station].filter((s) => !!s)
      : (await this.ctx.gateway.query(ALL_STATIONS, {})).stations;
    const mine = (s: StationPopulation, c: { id: string }) => inJurisdiction(j, { stationId: s.id, communityId: c.id });
    const visible = stations.filter((s) => s.communities.some((c) => mine(s, c)));
    const stationIds = visible.map((s) => s.id);
    const communityIds = visible.flatMap((s) => s.communities.map((c) => c.id));
    const now = new Date();
    const [officers, posts, rules, heldSince, early] = await Promise.all([
      this.ctx.em.find(OfficerEntity, { stationId: { $in: stationIds } }),
      this.ctx.em.find(PostEntity, { communityId: { $in: communityIds } }, { populate: ['officer'] }),
      staffingRules(this.ctx.em),
      this.ctx.em.find(PostHistoryEntity, { communityId: { $in: communityIds }, role: PostRole.A, endedAt: null }),
      this.ctx.em.find(
        ApprovalEntity,
        { stationId: { $in: stationIds }, kind: RestrictedDuty.transfer, status: ApprovalStatus.approved, decidedAt: { $gt: new Date(+now - 365 * DAY_MS) } },
        { populate: ['officer'], orderBy: { decidedAt: 'desc' } },
      ),
    ]);
    const since = new Map(heldSince.map((h) => [`${h.communityId}/${h.officer.id}`, h.startedAt]));
    // each sworn officer counted once, at their A posts (one holding two A posts is half an officer in each);
    // B posts are cover, shown apart: counting them too made 8 officers look like 18 for 9 communities
    const aPostsOf = new Map<string, number>();
    for (const p of posts) if (p.role === PostRole.A && p.officer.sworn) aPostsOf.set(p.officer.id, (aPostsOf.get(p.officer.id) ?? 0) + 1);
    const requiredFor = (residents: number, households: number) =>
      Math.max(1, Math.ceil(residents / rules.residentsPerOfficer), Math.ceil(households / rules.householdsPerOfficer));
    const communities: CommunityStaffing[] = visible.flatMap((s) =>
      s.communities
        .filter((c) => mine(s, c))
        .map((c) => {
          const mine = posts.filter((p) => p.communityId === c.id);
          const aPosts = mine.filter((p) => p.role === PostRole.A && p.officer.sworn);
          const officers = Math.round(aPosts.reduce((n, p) => n + 1 / aPostsOf.get(p.officer.id)!, 0) * 100) / 100;
          const bCover = mine.filter((p) => p.role === PostRole.B && p.officer.sworn).length;
          const hasAPost = mine.some((p) => p.role === PostRole.A);
          const auxiliaries = mine.filter((p) => p.role === PostRole.AUX).length;
          const { residents, households } = c.populationStats ?? { residents: 0, households: 0 };
          const requiredOfficers = requiredFor(residents, households);
          const officerGap = Math.max(0, Math.ceil(requiredOfficers - officers - 1e-9)); // whole officers: half a post is a post to fill
          const requiredAuxiliaries = 2 * requiredOfficers; // 一警两辅
          const auxiliaryGap = Math.max(0, requiredAuxiliaries - auxiliaries);
          return {
            community: { id: c.id },
            residents,
            households,
            aPostOfficers: officers,
            communityOfficers: new Set(mine.filter((p) => p.role !== PostRole.AUX && p.officer.sworn).map((p) => p.officer.id)).size,
            bCover,
            hasAPost,
            auxiliaries,
            requiredOfficers,
            officerGap,
            requiredAuxiliaries,
            auxiliaryGap,
            residentsPerOfficer: officers ? Math.round(residents / officers) : null,
            aPostTenureYears: aPosts.reduce<number | null>((least, p) => {
              const from = since.get(`${c.id}/${p.officer.id}`);
              return from ? Math.min(least ?? Infinity, yearsSince(from, now)) : least;
            }, null),
            hasGap: !hasAPost || officerGap > 0 || auxiliaryGap > 0,
          };
        }),
    );
    const stationRows: StationStaffing[] = visible.map((s) => {
      const staff = officers.filter((o) => o.stationId === s.id && o.sworn);
      const communityPolice = staff.filter((o) => COMMUNITY_ROLES.includes(o.role)).length;
      const share = staff.length ? Math.round((communityPolice / staff.length) * 10_000) / 10_000 : 0;
      const rows = communities.filter((c) => s.communities.some((x) => x.id === c.community.id));
      const aPostOfficers = staff.filter((o) => aPostsOf.has(o.id)).length;
      const requiredOfficers = rows.reduce((n, c) => n + c.requiredOfficers, 0);
      return {
        station: { id: s.id },
        swornOfficers: staff.length,
        communityPolice,
        communityPoliceShare: share,
        meetsShare: share >= rules.communityPoliceShare,
        residents: rows.reduce((n, c) => n + c.residents, 0),
        households: rows.reduce((n, c) => n + c.households, 0),
        aPostOfficers,
        requiredOfficers,
        officerGap: Math.max(0, requiredOfficers - aPostOfficers),
      };
    });
    const gapSize = (c: CommunityStaffing) => (c.hasAPost ? 0 : 10) + c.officerGap * 2 + c.auxiliaryGap;
    return {
      district: j.all && !stationId ? await this.district(rules) : null,
      earlyTransfers: early
        .filter((a) => a.details?.earlyReason)
        .map((a) => ({
          approvalId: a.id,
          officer: toOfficer(a.officer),
          station: { id: a.stationId },
          tenureYears: a.details!.tenureYears ?? null,
          earlyReason: a.details!.earlyReason!,
          approvedAt: a.decidedAt!.toISOString(),
        })),
      stations: stationRows,
      communities: communities.sort((a, b) => gapSize(b) - gapSize(a)),
    };
  }

  /** 两个40%, the district's half: every station's sworn police against the district's establishment. */
  private async district(rules: StaffingRulesEntity): Promise<DistrictStaffing> {
    const stationPolice = await this.ctx.em.count(OfficerEntity, { sworn: true });
    const total = rules.districtPolice ?? null;
    const share = total ? Math.round((stationPolice / total) * 10_000) / 10_000 : null;
    return {
      districtPolice: total,
      stationPolice,
      stationPoliceShare: share,
      target: rules.stationPoliceShare,
      meetsShare: share === null ? null : share >= rules.stationPoliceShare,
      stationPoliceGap: total === null ? null : Math.max(0, Math.ceil(total * rules.stationPoliceShare - stationPolice - 1e-9)),
    };
  }
}
