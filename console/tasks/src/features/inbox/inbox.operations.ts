import { graphql } from '../../gql';
import type { TaskInboxQuery } from '../../gql/graphql';

export type InboxTask = TaskInboxQuery['taskInbox']['tasks'][number];

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
