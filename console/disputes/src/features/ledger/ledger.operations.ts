import { gql, type TypedDocumentNode } from '@apollo/client';

export interface LedgerRow {
  id: string;
  title: string;
  category: string;
  status: string;
  riskLevel: string;
  reportedAt: string;
  community: { id: string; name: string } | null;
  parties: Array<{ name: string }>;
}

export interface LedgerData {
  disputes: { nodes: LedgerRow[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
}

/** The ledger page: disputes (disputes subgraph) with their community's name (population). */
export const LEDGER: TypedDocumentNode<LedgerData, { first: number; after?: string | null; status?: string | null }> = gql`
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
`;
