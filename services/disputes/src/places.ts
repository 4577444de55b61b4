import type { GatewayReads } from '@cp/service-kit';
import { graphql } from './gql';

/** Where a community lies and who answers for it, as population and staffing know it. */
export interface CommunityPlace {
  communityId: string;
  communityName: string;
  stationId: string;
  gridIds: string[];
  /** The community's officer on duty (A post, else B), if any. */
  dutyOfficerId: string | null;
  teamLeadId: string | null;
  stationHeadId: string | null;
  officerIds: string[];
}

const PLACE = graphql(`
  query DisputePlace($id: ID!) {
    community(id: $id) {
      id
      name
      grids {
        id
      }
      station {
        id
        officers {
          id
          role
        }
      }
      dutyOfficer {
        officer {
          id
        }
      }
    }
  }
`);

const TTL_MS = 60_000;
const cache = new Map<string, { at: number; place: CommunityPlace | null }>();

/**
 * Looks a community up through the gateway (population owns the tree, staffing the officers).
 * Cached for a minute: the tree changes rarely, and a dispute write should not cost a round trip.
 */
export async function communityPlace(gateway: GatewayReads, communityId: string): Promise<CommunityPlace | null> {
  const hit = cache.get(communityId);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.place;
  const { community: c } = await gateway.query(PLACE, { id: communityId });
  const officers = c?.station.officers ?? [];
  const place = c && {
    communityId: c.id,
    communityName: c.name,
    stationId: c.station.id,
    gridIds: c.grids.map((g) => g.id),
    dutyOfficerId: c.dutyOfficer?.officer.id ?? null,
    teamLeadId: officers.find((o) => o.role === 'community_team_lead')?.id ?? null,
    stationHeadId: officers.find((o) => o.role === 'station_head')?.id ?? null,
    officerIds: officers.map((o) => o.id),
  };
  cache.set(communityId, { at: Date.now(), place });
  return place;
}

const RESIDENT_PLACES = graphql(`
  query DisputePartyPlaces($ids: [ID!]!) {
    residentPlaces(ids: $ids) {
      id
      stationId
      communityId
    }
  }
`);

/** Where the residents named as parties belong (ids and places only), as population knows them. */
export async function residentPlaces(gateway: GatewayReads, ids: string[]): Promise<Map<string, { stationId: string; communityId: string }>> {
  if (!ids.length) return new Map();
  const { residentPlaces: rows } = await gateway.query(RESIDENT_PLACES, { ids });
  return new Map(rows.map((r) => [r.id, r]));
}
