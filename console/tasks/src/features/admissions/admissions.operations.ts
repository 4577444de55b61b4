import { graphql } from '../../gql';

export const ADMISSIONS = graphql(`
  query TaskAdmissions {
    taskAdmissions {
      id
      templateCode
      departmentCode
      reason
      requestedByName
      requestedAt
      status
      decidedByName
      decisionNote
      expiresAt
      inForce
      version
    }
    taskTemplates {
      code
      name
      ways
    }
    departments {
      code
      name
    }
  }
`);

export const PUSH_COUNTS = graphql(`
  query TaskPushCounts($from: String!, $to: String!) {
    taskPushCounts(from: $from, to: $to) {
      departmentCode
      pushed
      admitted
      refused
      refusals {
        code
        label
        count
      }
    }
    departments {
      code
      name
    }
  }
`);

export const REQUEST_ADMISSION = graphql(`
  mutation RequestTaskAdmission($input: RequestAdmissionInput!) {
    requestTaskAdmission(input: $input) {
      admission {
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

export const DECIDE_ADMISSION = graphql(`
  mutation DecideTaskAdmission($input: DecideAdmissionInput!) {
    decideTaskAdmission(input: $input) {
      admission {
        id
        status
        inForce
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

export const ME = graphql(`
  query TasksMe {
    me {
      roles
    }
  }
`);
