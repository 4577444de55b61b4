import { graphql } from '../../gql';
import type { HousingsQuery } from '../../gql/graphql';

export type HousingRow = HousingsQuery['housings']['nodes'][number];

/** Dwellings of the caller's jurisdiction, with what the list filters on and who lives there. */
export const HOUSINGS = graphql(`
  query Housings($first: Int!, $after: String, $use: HousingUse, $rentalUnregistered: Boolean, $withoutOccupants: Boolean, $search: String, $communityId: ID) {
    housings(
      first: $first
      after: $after
      use: $use
      rentalUnregistered: $rentalUnregistered
      withoutOccupants: $withoutOccupants
      search: $search
      communityId: $communityId
    ) {
      nodes {
        id
        kind
        use
        landlordName
        landlordPhone
        rentedSince
        rentalRegisteredOn
        rentalRegistered
        version
        address {
          id
          fullText
        }
        community {
          id
          name
        }
        occupants {
          id
          name
          kind
        }
        visits {
          id
          kind
          outcome
          at
          photos {
            id
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
    me {
      roles
    }
  }
`);

export const REGISTER_HOUSING = graphql(`
  mutation RegisterHousing($input: RegisterHousingInput!) {
    registerHousing(input: $input) {
      housing {
        id
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

export const UPDATE_HOUSING = graphql(`
  mutation UpdateHousing($input: UpdateHousingInput!) {
    updateHousing(input: $input) {
      housing {
        id
        version
      }
      errors {
        code
        message
        field
      }
    }
  }
`);
