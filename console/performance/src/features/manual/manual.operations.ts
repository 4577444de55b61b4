import { graphql } from '../../gql';

/** The indicators in use (the page offers the manual ones). */
export const MANUAL_INDICATORS = graphql(`
  query ManualIndicators {
    indicators {
      code
      name
      source
      unit
      target
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
