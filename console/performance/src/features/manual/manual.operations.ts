import { graphql } from '../../gql';

/** The places a caller may record for, and the manual indicators in use. */
export const MANUAL_PLACES = graphql(`
  query ManualPlaces {
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
    }
    indicators {
      code
      name
      source
      unit
      target
      formula
    }
  }
`);

export const MANUAL_VALUES = graphql(`
  query ManualValues($id: ID!) {
    community(id: $id) {
      id
      manualValues {
        id
        code
        indicatorName
        period
        value
        evidence
        recordedBy
        recordedAt
        version
      }
    }
  }
`);

export const RECORD_MANUAL_VALUE = graphql(`
  mutation RecordManualValue($input: RecordManualValueInput!) {
    recordManualValue(input: $input) {
      value {
        id
        version
      }
      errors {
        code
        field
        message
      }
    }
  }
`);
