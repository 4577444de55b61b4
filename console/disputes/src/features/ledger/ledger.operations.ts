import { graphql } from '../../gql';
import type { DisputeLedgerRowFragment } from '../../gql/graphql';

export type LedgerRow = DisputeLedgerRowFragment;

/** A row of the ledger, on screen and in the export alike. */
export const LEDGER_ROW = graphql(`
  fragment DisputeLedgerRow on Dispute {
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
`);

/** The ledger page: disputes (disputes subgraph) with their community's name (population) and handler (staffing). */
export const LEDGER = graphql(`
  query DisputeLedger(
    $first: Int!
    $after: String
    $offset: Int
    $orderBy: DisputeOrder
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
      offset: $offset
      orderBy: $orderBy
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
        ...DisputeLedgerRow
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
export const EXPORT_LEDGER = graphql(`
  query ExportDisputeLedger(
    $first: Int!
    $after: String
    $offset: Int
    $orderBy: DisputeOrder
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
      offset: $offset
      orderBy: $orderBy
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
        ...DisputeLedgerRow
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

/** The communities the ledger may be filtered by. */
export const LEDGER_COMMUNITIES = graphql(`
  query LedgerCommunities {
    myCommunities {
      id
      name
    }
  }
`);
