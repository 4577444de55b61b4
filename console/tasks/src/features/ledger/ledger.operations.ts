import { graphql } from '../../gql';
import type { WorkLedgerQuery } from '../../gql/graphql';

export type VisitRow = WorkLedgerQuery['visitLedger']['records'][number];
export type StepRow = WorkLedgerQuery['disputeStepLedger']['records'][number];
export type TaskRow = WorkLedgerQuery['taskLedger']['records'][number];

/** Who may be chosen: my stations and their officers, and who I am. */
export const LEDGER_CHOICES = graphql(`
  query LedgerChoices {
    me {
      roles
      officerId
      displayName
    }
    myStations {
      id
      name
      officers {
        id
        name
      }
    }
  }
`);

/**
 * The period's records from every domain in one operation: population's visits and inspections,
 * disputes' steps and the tasks issued, each read by its own domain under the caller's access.
 */
export const WORK_LEDGER = graphql(`
  query WorkLedger($from: String!, $to: String!, $stationId: ID, $officerId: ID) {
    visitLedger(from: $from, to: $to, stationId: $stationId, officerId: $officerId) {
      truncated
      records {
        id
        at
        kind
        outcome
        note
        rectifyBy
        officerName
        subjectType
        resident {
          id
          name
        }
        unit {
          id
          name
        }
        community {
          name
        }
      }
    }
    disputeStepLedger(from: $from, to: $to, stationId: $stationId, officerId: $officerId) {
      truncated
      records {
        event {
          id
          at
          kind
          actorName
          note
        }
        dispute {
          id
          title
          status
        }
      }
    }
    taskLedger(from: $from, to: $to, stationId: $stationId, officerId: $officerId) {
      truncated
      records {
        id
        title
        templateCode
        way
        issuerName
        officerId
        issuedAt
        dueAt
        status
        doneAt
        report
      }
    }
    taskTemplates {
      code
      name
    }
  }
`);

/** The station's weekly summary (每周通报), for its heads and the district. */
export const WEEKLY_SUMMARY = graphql(`
  query StationWeeklySummary($stationId: ID!) {
    taskWeeklySummary(stationId: $stationId) {
      week
      sentAt
      pushesAdmitted
      pushesRefused
      lines {
        officerId
        name
        issued
        done
        doneLate
        openOverdue
      }
    }
  }
`);
