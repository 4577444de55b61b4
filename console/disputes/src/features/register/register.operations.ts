import { graphql } from '../../gql';

/** Communities the caller answers for and may register in, with their police grids (population). */
export const PLACES = graphql(`
  query DisputePlaces {
    myCommunities {
      id
      name
      station {
        id
        name
      }
      grids {
        id
        name
      }
    }
  }
`);

/** Residents to link a party to (population; masked as the caller's role requires). */
export const FIND_RESIDENTS = graphql(`
  query FindPartyResidents($search: String!, $communityId: ID) {
    residents(search: $search, communityId: $communityId, first: 10) {
      nodes {
        id
        name
        idNumber
      }
    }
  }
`);

export const REGISTER = graphql(`
  mutation RegisterDispute($input: RegisterDisputeInput!) {
    registerDispute(input: $input) {
      dispute {
        id
        isRepeat
      }
      errors {
        code
        message
        field
      }
    }
  }
`);
