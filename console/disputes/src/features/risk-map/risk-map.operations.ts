import { graphql } from '../../gql';

/** Open risk by grid (disputes) with each grid's outline and name (population), in one request. */
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
          name
          station {
            name
          }
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
