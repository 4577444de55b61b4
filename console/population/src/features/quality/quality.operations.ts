import { graphql } from '../../gql';
import type { DataQualityQuery } from '../../gql/graphql';

export type QualityRow = DataQualityQuery['communities'][number];

/** Every community's data quality and its schedule facts over a period, with the caller's jurisdiction. */
export const DATA_QUALITY = graphql(`
  query DataQuality($from: String!, $to: String!) {
    me {
      roles
      stationIds
      communityIds
    }
    communities {
      id
      name
      station {
        id
        name
      }
      dataQuality {
        records
        complete
        completeness
        missingPhone
        missingAddress
        floatingWithoutOrigin
        staleRecords
        duplicateGroups
        duplicateRecords
      }
      populationFacts(from: $from, to: $to) {
        specialVisitsOnSchedule {
          rate
        }
        unitInspectionsOnSchedule {
          rate
        }
        freshRecords {
          rate
        }
        visits
      }
    }
  }
`);
