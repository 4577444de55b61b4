import { graphql } from '../../gql';
import type { DisputeLedgerQuery } from '../../gql/graphql';

export type LedgerRow = DisputeLedgerQuery['disputes']['nodes'][number];

/** The ledger page: disputes (disputes subgraph) with their community's name (population). */
export const LEDGER = graphql(`
  query DisputeLedger($first: Int!, $after: String, $status: DisputeStatus) {
    disputes(first: $first, after: $after, status: $status) {
      nodes {
        id
        title
        category
        status
        riskLevel
        reportedAt
        community {
          id
          name
        }
        parties {
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
