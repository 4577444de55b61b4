import { graphql } from '../../gql';
import type { AccessRowFragment, PersonalDataAccessesQueryVariables } from '../../gql/graphql';

export type AccessRow = AccessRowFragment;

export type AccessFilter = PersonalDataAccessesQueryVariables['filter'];

/** A row of the trail, on screen and in the export alike. */
export const ACCESS_ROW = graphql(`
  fragment AccessRow on PersonalDataAccess {
    id
    at
    username
    roles
    operation
    clientAddress
    subjectType
    subjectId
    fields
    masked
    resident {
      id
      name
    }
  }
`);

/** The audit trail of personal data read in clear, and of partners' reads (district administrators only). */
export const ACCESSES = graphql(`
  query PersonalDataAccesses($first: Int!, $after: String, $offset: Int, $filter: PersonalDataAccessFilter) {
    personalDataAccesses(first: $first, after: $after, offset: $offset, filter: $filter) {
      totalCount
      totalCapped
      nodes {
        ...AccessRow
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** The trail's rows for Excel, under the export's own operation name. */
export const EXPORT_ACCESSES = graphql(`
  query ExportPersonalDataAccesses($first: Int!, $after: String, $offset: Int, $filter: PersonalDataAccessFilter) {
    personalDataAccesses(first: $first, after: $after, offset: $offset, filter: $filter) {
      nodes {
        ...AccessRow
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
