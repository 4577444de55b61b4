import { graphql } from '../../gql';

export const WARNINGS = graphql(`
  query DisputeWarnings($status: WarningStatus, $kind: WarningKind, $first: Int, $after: String) {
    disputeWarnings(status: $status, kind: $kind, first: $first, after: $after) {
      nodes {
        id
        kind
        message
        status
        raisedAt
        acknowledgedBy
        closedBy
        closingNote
        version
        dispute {
          id
          title
          community {
            name
          }
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);

export const ACKNOWLEDGE = graphql(`
  mutation AcknowledgeDisputeWarning($id: ID!, $version: Int!) {
    acknowledgeDisputeWarning(id: $id, version: $version) {
      warning {
        id
        status
        version
        acknowledgedBy
      }
      errors {
        code
        message
      }
    }
  }
`);

export const CLOSE = graphql(`
  mutation CloseDisputeWarning($input: CloseWarningInput!) {
    closeDisputeWarning(input: $input) {
      warning {
        id
        status
        version
        closedBy
        closingNote
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

export const NOTICES = graphql(`
  query RiskNotices($acknowledged: Boolean) {
    riskNotices(acknowledged: $acknowledged) {
      id
      kind
      department
      content
      issuedAt
      issuedBy
      acknowledgedAt
      acknowledgedBy
      version
      dispute {
        id
        title
      }
    }
  }
`);

export const ACKNOWLEDGE_NOTICE = graphql(`
  mutation AcknowledgeRiskNotice($input: AcknowledgeRiskNoticeInput!) {
    acknowledgeRiskNotice(input: $input) {
      notice {
        id
        acknowledgedAt
        acknowledgedBy
        version
      }
      errors {
        code
        message
      }
    }
  }
`);
