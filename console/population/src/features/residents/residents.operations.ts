import { graphql } from '../../gql';
import type { ResidentsQuery } from '../../gql/graphql';

export type ResidentRow = ResidentsQuery['residents']['nodes'][number];

export const RESIDENTS = graphql(`
  query Residents($first: Int!, $after: String, $search: String, $kind: ResidentKind, $overdue: Boolean, $communityId: ID, $residenceRegistered: Boolean) {
    residents(
      first: $first
      after: $after
      search: $search
      kind: $kind
      overdue: $overdue
      communityId: $communityId
      residenceRegistered: $residenceRegistered
    ) {
      nodes {
        id
        name
        sex
        birthDate
        kind
        idNumber
        community {
          id
          name
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** The communities the caller may register people in. */
export const REGISTRATION_PLACES = graphql(`
  query RegistrationPlaces {
    myCommunities {
      id
      name
      station {
        id
        name
      }
    }
  }
`);

export const REGISTER_RESIDENT = graphql(`
  mutation RegisterResident($input: RegisterResidentInput!) {
    registerResident(input: $input) {
      resident {
        id
        name
      }
      errors {
        code
        message
        field
      }
    }
  }
`);
