import { graphql } from '../../gql';
import type { TaskInboxQuery } from '../../gql/graphql';

export type InboxTask = TaskInboxQuery['taskInbox']['tasks'][number];
export type InboxStandingTask = NonNullable<TaskInboxQuery['taskInbox']['standing']>[number];

export const TASK_INBOX = graphql(`
  query TaskInbox {
    taskInbox {
      open
      dueToday
      overdue
      done
      tasks {
        id
        templateCode
        way
        title
        detail
        issuerName
        departmentCode
        dueAt
        status
        overdue
        doneAt
        report
        version
      }
      standing {
        id
        kind
        reason
        dueAt
        overdue
        resident {
          id
          name
        }
        unit {
          id
          name
        }
        dispute {
          id
          title
        }
      }
    }
    taskTemplates {
      code
      name
      doneBy
    }
  }
`);

export const COMPLETE_TASK = graphql(`
  mutation CompleteInboxTask($input: CompleteTaskInput!) {
    completeTask(input: $input) {
      task {
        id
        status
        doneAt
        report
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

export const INBOX_COUNT = graphql(`
  query TaskInboxCount {
    taskInbox {
      open
      overdue
    }
  }
`);

export const TASK_EVENTS = graphql(`
  subscription TaskInboxEvents {
    taskEvents {
      kind
      task {
        id
        title
        issuerName
      }
      daily {
        day
        open
        overdue
        standing
        directed
        pushed
      }
      weekly {
        stationId
        week
        lines {
          issued
          done
          openOverdue
        }
      }
    }
  }
`);
