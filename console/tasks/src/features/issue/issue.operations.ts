import { graphql } from '../../gql';

/** What a station can direct, and to whom: the templates and the officers of the stations the caller answers for. */
export const ISSUE_CHOICES = graphql(`
  query IssueChoices {
    taskTemplates {
      code
      name
      description
      ways
      doneBy
      dueDays
    }
    myStations {
      id
      name
      officers {
        id
        name
        role
      }
    }
  }
`);

export const FIND_SUBJECT_RESIDENTS = graphql(`
  query FindTaskResidents($search: String!) {
    residents(search: $search, first: 10) {
      nodes {
        id
        name
        community {
          name
        }
      }
    }
  }
`);

export const FIND_SUBJECT_UNITS = graphql(`
  query FindTaskUnits {
    units {
      id
      name
      community {
        name
      }
    }
  }
`);

export const ISSUE_TASK = graphql(`
  mutation IssueStationTask($input: TaskInput!) {
    issueTask(input: $input) {
      task {
        id
        dueAt
      }
      errors {
        code
        message
        field
      }
    }
  }
`);
