import { graphql } from '../../gql';
import type { PersonalDataAccessesQuery } from '../../gql/graphql';

export type AccessRow = PersonalDataAccessesQuery['personalDataAccesses']['nodes'][number];

/** The audit trail of personal data read in clear (district administrators only). */
export const ACCESSES = graphql(`
  query PersonalDataAccesses($first: Int!, $after: String, $username: String) {
    personalDataAccesses(first: $first, after: $after, username: $username) {
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
