import { authorize, found, type BaseContext } from '@cp/service-kit';
import { graphql } from '../../gql';

// Where this domain learns where places and officers are: population's tree and staffing's
// officers, read through the gateway with documents typed against the contract.

const COMMUNITY_PLACE = graphql(`
  query CommunityPlace($id: ID!) {
    community(id: $id) {
      id
      station {
        id
      }
    }
  }
`);

const STATION_PLACE = graphql(`
  query StationPlace($id: ID!) {
    station(id: $id) {
      id
    }
  }
`);

const OFFICER_PLACE = graphql(`
  query OfficerPlace($id: ID!) {
    officer(id: $id) {
      id
      station {
        id
      }
    }
  }
`);

const STATION_GROUPS = graphql(`
  query StationDutyGroups($stationId: ID!) {
    policeGroups(stationId: $stationId) {
      members {
        id
      }
    }
  }
`);

/** A community, or null when population knows none by that id. */
export async function findCommunity(ctx: BaseContext, id: string): Promise<{ id: string; station: { id: string } } | null> {
  return (await ctx.gateway.query(COMMUNITY_PLACE, { id })).community;
}

/**
 * A community for a write about it: refused unless it exists and lies in the caller's
 * jurisdiction (the community's station decides whether a station head may).
 */
export async function communityPlace(ctx: BaseContext, id: string, field = 'communityId'): Promise<{ id: string; station: { id: string } }> {
  const place = found(await findCommunity(ctx, id), 'COMMUNITY_NOT_FOUND', '社区', field);
  authorize(ctx.claims, { stationId: place.station.id, communityId: place.id }, '社区', field);
  return place;
}

export async function stationExists(ctx: BaseContext, id: string): Promise<boolean> {
  return !!(await ctx.gateway.query(STATION_PLACE, { id })).station;
}

/** An officer and their station, as staffing knows them. */
export async function findOfficer(ctx: BaseContext, id: string): Promise<{ id: string; station: { id: string } | null } | null> {
  return (await ctx.gateway.query(OFFICER_PLACE, { id })).officer;
}

/** The officers on a station's duty groups (值班组), who have a short line. */
export async function dutyGroupMembers(ctx: BaseContext, stationId: string): Promise<Set<string>> {
  const { policeGroups } = await ctx.gateway.query(STATION_GROUPS, { stationId });
  return new Set((policeGroups ?? []).flatMap((g) => g.members.map((m) => m.id)));
}
