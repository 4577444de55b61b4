import { graphql } from '../../gql';

/** Open risk by grid and community (disputes) with the outlines and names (population, asked for once), in one request. */
export const RISK_MAP = graphql(`
  query DisputeRiskMap($stationId: ID) {
    myStations {
      id
      name
      communities {
        id
        name
        grids {
          id
          name
          boundary
        }
      }
    }
    disputeRiskMap(stationId: $stationId) {
      computedAt
      grids {
        grid {
          id
        }
        openDisputes
        highRisk
        totalScore
        maxScore
        band
      }
      communities {
        community {
          id
        }
        openDisputes
        highRisk
        totalScore
        averageScore
        maxScore
        band
      }
    }
  }
`);
