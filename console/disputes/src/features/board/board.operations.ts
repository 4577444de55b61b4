import { graphql } from '../../gql';

/** The board: per state, the count and the newest 20 (disputes), with their community (population). */
export const BOARD = graphql(`
  query DisputeBoard($communityId: ID) {
    disputeBoard(communityId: $communityId, perColumn: 20) {
      status
      count
      nodes {
        id
        title
        grade
        isRepeat
        progressOverdue
        reportedAt
        community {
          name
        }
        risk {
          score
          band
        }
      }
    }
  }
`);
