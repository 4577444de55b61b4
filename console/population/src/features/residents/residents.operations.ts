import { graphql } from '../../gql';
import type { ResidentLedgerRowFragment } from '../../gql/graphql';

export type ResidentRow = ResidentLedgerRowFragment;

/** A row of the residents' ledger, on screen and in the export alike. */
export const RESIDENT_LEDGER_ROW = graphql(`
  fragment ResidentLedgerRow on Resident {
    id
    name
    sex
    birthDate
    kind
    idNumber
    registeredAt
    residenceRegisteredOn
    community {
      id
      name
    }
  }
`);

export const RESIDENTS = graphql(`
  query Residents(
    $first: Int!
    $after: String
    $offset: Int
    $orderBy: ResidentOrder
    $search: String
    $kind: ResidentKind
    $overdue: Boolean
    $communityId: ID
    $residenceRegistered: Boolean
  ) {
    residents(
      first: $first
      after: $after
      offset: $offset
      orderBy: $orderBy
      search: $search
      kind: $kind
      overdue: $overdue
      communityId: $communityId
      residenceRegistered: $residenceRegistered
    ) {
      nodes {
        ...ResidentLedgerRow
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

/** The ledger's rows for Excel: the same filters and order, its own operation name so the audit trail says 导出. */
export const EXPORT_RESIDENTS = graphql(`
  query ExportResidents(
    $first: Int!
    $after: String
    $offset: Int
    $orderBy: ResidentOrder
    $search: String
    $kind: ResidentKind
    $overdue: Boolean
    $communityId: ID
    $residenceRegistered: Boolean
  ) {
    residents(
      first: $first
      after: $after
      offset: $offset
      orderBy: $orderBy
      search: $search
      kind: $kind
      overdue: $overdue
      communityId: $communityId
      residenceRegistered: $residenceRegistered
    ) {
      nodes {
        ...ResidentLedgerRow
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
