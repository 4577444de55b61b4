import { graphql } from '../../gql';

/** What the signed-in officer must act on, overdue first, with the warnings waiting for them. */
export const WORKLIST = graphql(`
  query DisputeWorklist {
    disputeWorklist {
      id
      title
      status
      grade
      progressDueAt
      progressOverdue
      isRepeat
      community {
        name
      }
      risk {
        score
        band
      }
    }
    disputeWarnings(status: open, first: 10) {
      nodes {
        id
        kind
        message
        raisedAt
        dispute {
          id
          title
        }
      }
    }
  }
`);
