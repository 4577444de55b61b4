import { graphql } from '../../gql';
import type { StationPostsQuery } from '../../gql/graphql';

export type CommunityPosts = NonNullable<StationPostsQuery['station']>['communities'][number];

export const STATIONS = graphql(`
  query PostStations {
    stations {
      id
      name
    }
    me {
      stationIds
    }
  }
`);

/** A station's communities (population) with their A/B officers and the officer on duty (staffing). */
export const STATION_POSTS = graphql(`
  query StationPosts($id: ID!) {
    station(id: $id) {
      id
      name
      communities {
        id
        name
        officers {
          role
          officer {
            id
            name
            badgeNo
            phone
          }
        }
        dutyOfficer {
          basis
          officer {
            id
            name
            badgeNo
            phone
          }
        }
      }
    }
  }
`);

export const POST_CANDIDATES = graphql(`
  query PostCandidates($stationId: ID!) {
    officers(stationId: $stationId) {
      id
      name
      badgeNo
      sworn
    }
    me {
      roles
    }
  }
`);

export const ASSIGN_POST = graphql(`
  mutation AssignCommunityPost($input: AssignPostInput!) {
    assignCommunityPost(input: $input) {
      ok
      errors {
        code
        message
      }
    }
  }
`);
