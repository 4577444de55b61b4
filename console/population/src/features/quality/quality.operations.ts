import { graphql } from '../../gql';
import type { DataQualityQuery } from '../../gql/graphql';

export type QualityRow = DataQualityQuery['myCommunities'][number];

/** Every community's data quality and its schedule facts over a period, with the caller's jurisdiction. */
export const DATA_QUALITY = graphql(`
  query DataQuality($from: String!, $to: String!) {
    myCommunities {
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
        floatingRegistration {
          rate
        }
        rentalRegistration {
          rate
        }
        visits
      }
    }
  }
`);

/** A community's suspected duplicates: groups of records with the same name and birth date at one address. */
export const SUSPECTED_DUPLICATES = graphql(`
  query SuspectedDuplicates($communityId: ID!) {
    suspectedDuplicates(communityId: $communityId) {
      residents {
        id
        name
        idNumber
        masked
        kind
        phone
        version
        verifiedAt
        address {
          fullText
        }
      }
    }
  }
`);

export const MERGE_RESIDENTS = graphql(`
  mutation MergeResidents($input: MergeResidentsInput!) {
    mergeResidents(input: $input) {
      resident {
        id
        version
      }
      errors {
        code
        message
        field
      }
    }
  }
`);
