import { gql, type TypedDocumentNode } from '@apollo/client';

interface OfficerRef {
  id: string;
  name: string;
  badgeNo: string;
  phone: string | null;
}

export interface CommunityPosts {
  id: string;
  name: string;
  officers: Array<{ role: 'A' | 'B'; officer: OfficerRef }> | null;
  dutyOfficer: { basis: string; officer: OfficerRef } | null;
}

export const STATIONS: TypedDocumentNode<{ stations: Array<{ id: string; name: string }>; me: { stationIds: string[] } }> = gql`
  query PostStations {
    stations {
      id
      name
    }
    me {
      stationIds
    }
  }
`;

/** A station's communities (population) with their A/B officers and the officer on duty (staffing). */
export const STATION_POSTS: TypedDocumentNode<{ station: { id: string; name: string; communities: CommunityPosts[] } | null }, { id: string }> = gql`
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
`;
