import { graphql } from '../../gql';

export const STAFFING_RULES = graphql(`
  query StaffingRulesPage {
    staffingRules {
      fullTimeShare
      partTimeShare
      locatedRecordMinutes
      maxStayHours
      standardWeekHours
      residentsPerOfficer
      householdsPerOfficer
      communityPoliceShare
      stationPoliceShare
      districtPolice
      version
    }
    me {
      roles
    }
  }
`);

export const UPDATE_STAFFING_RULES = graphql(`
  mutation UpdateStaffingRulesPage($input: UpdateStaffingRulesInput!) {
    updateStaffingRules(input: $input) {
      rules {
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
