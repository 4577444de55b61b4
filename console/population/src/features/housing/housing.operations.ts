import { graphql } from '../../gql';
import type { HousingLedgerRowFragment } from '../../gql/graphql';

export type HousingRow = HousingLedgerRowFragment;

/** A row of the dwellings' ledger (with who lives there), on screen and in the export alike. */
export const HOUSING_LEDGER_ROW = graphql(`
  fragment HousingLedgerRow on Housing {
    registeredAt: createdAt
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
`);

export const HOUSINGS = graphql(`
  query Housings(
    $first: Int!
    $after: String
    $offset: Int
    $orderBy: HousingOrder
    $use: HousingUse
    $rentalUnregistered: Boolean
    $withoutOccupants: Boolean
    $search: String
    $communityId: ID
  ) {
    housings(
      first: $first
      after: $after
      offset: $offset
      orderBy: $orderBy
      use: $use
      rentalUnregistered: $rentalUnregistered
      withoutOccupants: $withoutOccupants
      search: $search
      communityId: $communityId
    ) {
      nodes {
        ...HousingLedgerRow
      }
      pageInfo {
        endCursor
        hasNextPage
      }
      totalCount
      totalCapped
    }
  }
`);

/** The ledger's rows for Excel: the same filters and order, under its own operation name. */
export const EXPORT_HOUSINGS = graphql(`
  query ExportHousings(
    $first: Int!
    $after: String
    $offset: Int
    $orderBy: HousingOrder
    $use: HousingUse
    $rentalUnregistered: Boolean
    $withoutOccupants: Boolean
    $search: String
    $communityId: ID
  ) {
    housings(
      first: $first
      after: $after
      offset: $offset
      orderBy: $orderBy
      use: $use
      rentalUnregistered: $rentalUnregistered
      withoutOccupants: $withoutOccupants
      search: $search
      communityId: $communityId
    ) {
      nodes {
        ...HousingLedgerRow
      }
      pageInfo {
        endCursor
        hasNextPage
      }
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

/** The communities the ledger may be filtered by, and whether the caller registers dwellings. */
export const COMMUNITY_CHOICES = graphql(`
  query HousingChoices {
    me {
      roles
    }
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
