import { graphql } from '../../gql';
import type { ResidentsQuery } from '../../gql/graphql';

export type ResidentRow = ResidentsQuery['residents']['nodes'][number];

export const RESIDENTS = graphql(`
  query Residents($first: Int!, $after: String, $search: String) {
    residents(first: $first, after: $after, search: $search) {
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
