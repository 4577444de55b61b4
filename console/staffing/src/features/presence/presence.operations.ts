import { graphql } from '../../gql';

export const STATION_TIME = graphql(`
  query StationTimeInCommunity($stationId: ID!, $from: String!, $to: String!) {
    stationTimeInCommunity(stationId: $stationId, from: $from, to: $to) {
      officer {
        id
        name
        role
      }
      time {
        hours
        declaredHours
        outsideCheckIns
        workingHours
        share
        target
        meetsTarget
        openStays
      }
    }
  }
`);
