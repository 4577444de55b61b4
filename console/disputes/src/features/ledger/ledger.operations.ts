import { graphql } from '../../gql';
import type { DisputeLedgerQuery } from '../../gql/graphql';

export type LedgerRow = DisputeLedgerQuery['disputes']['nodes'][number];

/** The ledger page: disputes (disputes subgraph) with their community's name (population) and handler (staffing). */
export const LEDGER = graphql(`
  query DisputeLedger(
    $first: Int!
    $after: String
    $status: DisputeStatus
    $grade: DisputeGrade
    $riskLevel: RiskLevel
    $category: String
    $repeat: Boolean
    $progressOverdue: Boolean
    $search: String
    $communityId: ID
    $gridId: ID
    $reportedSince: String
    $reportedUntil: String
    $overdueSince: String
    $overdueUntil: String
  ) {
    disputes(
      first: $first
      after: $after
      status: $status
      grade: $grade
      riskLevel: $riskLevel
      category: $category
      repeat: $repeat
      progressOverdue: $progressOverdue
      search: $search
      reportedSince: $reportedSince
      reportedUntil: $reportedUntil
      overdueSince: $overdueSince
      overdueUntil: $overdueUntil
      communityId: $communityId
      gridId: $gridId
    ) {
      nodes {
        id
        title
        category
        status
        grade
        riskLevel
        isRepeat
        progressOverdue
        reportedAt
        community {
          id
          name
        }
        parties {
          name
        }
        handler {
          id
          name
        }
        risk {
          score
          band
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
