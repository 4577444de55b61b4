import { graphql } from '../../gql';
import type { ResidentPageQuery } from '../../gql/graphql';

export type ResidentDetail = NonNullable<ResidentPageQuery['resident']>;

/**
 * The resident page in one gateway query: the person (population), their disputes (disputes)
 * and the officer on duty for their community (staffing).
 */
export const RESIDENT_PAGE = graphql(`
  query ResidentPage($id: ID!) {
    resident(id: $id) {
      id
      name
      idNumber
      masked
      sex
      birthDate
      phone
      kind
      originArea
      documentKind
      nationality
      arrivedOn
      residenceRegisteredOn
      version
      address {
        fullText
      }
      housing {
        id
        use
        rentalRegistered
        landlordName
      }
      householdRelation
      household {
        id
        householdNo
        kind
        members {
          relation
          resident {
            id
            name
          }
        }
      }
      community {
        id
        name
        station {
          name
        }
        dutyOfficer {
          basis
          phone
          officer {
            id
            name
            badgeNo
          }
        }
      }
      disputes {
        id
        title
        category
        status
        riskLevel
        reportedAt
      }
    }
  }
`);

export const RECORD_RESIDENCE_REGISTRATION = graphql(`
  mutation RecordResidenceRegistration($input: RecordResidenceRegistrationInput!) {
    recordResidenceRegistration(input: $input) {
      resident {
        id
        residenceRegisteredOn
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

export const REGISTER_HOUSEHOLD = graphql(`
  mutation RegisterHousehold($input: RegisterHouseholdInput!) {
    registerHousehold(input: $input) {
      household {
        id
      }
      errors {
        code
        message
        field
      }
    }
  }
`);
