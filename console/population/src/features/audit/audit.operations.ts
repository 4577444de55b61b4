import { graphql } from '../../gql';
import type { PersonalDataAccessesQuery, PersonalDataAccessesQueryVariables } from '../../gql/graphql';

export type AccessRow = PersonalDataAccessesQuery['personalDataAccesses']['nodes'][number];

export type AccessFilter = PersonalDataAccessesQueryVariables['filter'];

/** The audit trail of personal data read in clear, and of partners' reads (district administrators only). */
export const ACCESSES = graphql(`
  query PersonalDataAccesses($first: Int!, $after: String, $filter: PersonalDataAccessFilter) {
    personalDataAccesses(first: $first, after: $after, filter: $filter) {
      totalCount
      nodes {
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
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
