import { graphql } from '../../gql';
import type { DisputeDetailQuery } from '../../gql/graphql';

export type DisputeDetail = NonNullable<DisputeDetailQuery['dispute']>;

export const DISPUTE_DETAIL = graphql(`
  query DisputeDetail($id: ID!) {
    dispute(id: $id) {
      id
      title
      category
      source
      status
      grade
      riskLevel
      description
      addressText
      threatsNoted
      violenceHistory
      isRepeat
      reopenCount
      reportedAt
      progressDueAt
      progressOverdue
      closedAt
      resolution
      version
      availableActions
      community {
        id
        name
        station {
          id
          name
        }
      }
      grid {
        id
        name
      }
      handler {
        id
        name
        badgeNo
      }
      assignedOfficer {
        id
        name
      }
      parties {
        name
        resident {
          id
        }
      }
      risk {
        score
        band
        reasons {
          code
          label
          points
        }
      }
      history {
        id
        at
        kind
        action
        fromStatus
        toStatus
        actorName
        note
        details
        attachments {
          name
          size
        }
      }
      transfers {
        id
        target
        receiverId
        receiverName
        transferredAt
        dueAt
        overdue
        receivedAt
        receivedBy
        outcome
        outcomeNote
      }
      repeatOf {
        reasons
        dispute {
          id
          title
          reportedAt
          status
        }
      }
      repeatedBy {
        reasons
        dispute {
          id
          title
          reportedAt
          status
        }
      }
      warnings {
        id
        kind
        message
        status
        raisedAt
      }
      riskNotices {
        id
        kind
        department
        issuedAt
        acknowledgedAt
        acknowledgedBy
      }
    }
  }
`);

/** What every change returns: the new version, or the refusals (shared by the mutations below). */
export const CHANGE_RESULT = graphql(`
  fragment DisputeChangeResult on DisputePayload {
    dispute {
      id
      version
    }
    errors {
      code
      message
      field
    }
  }
`);

export const ASSESS = graphql(`
  mutation AssessDispute($input: AssessDisputeInput!) {
    assessDispute(input: $input) {
      ...DisputeChangeResult
    }
  }
`);
export const START_MEDIATION = graphql(`
  mutation StartDisputeMediation($input: DisputeStepInput!) {
    startDisputeMediation(input: $input) {
      ...DisputeChangeResult
    }
  }
`);
export const RESOLVE = graphql(`
  mutation ResolveDispute($input: ResolveDisputeInput!) {
    resolveDispute(input: $input) {
      ...DisputeChangeResult
    }
  }
`);
export const TRANSFER = graphql(`
  mutation TransferDispute($input: TransferDisputeInput!) {
    transferDispute(input: $input) {
      ...DisputeChangeResult
    }
  }
`);
export const ESCALATE = graphql(`
  mutation EscalateDispute($input: DisputeStepInput!) {
    escalateDispute(input: $input) {
      ...DisputeChangeResult
    }
  }
`);
export const REOPEN = graphql(`
  mutation ReopenDispute($input: DisputeStepInput!) {
    reopenDispute(input: $input) {
      ...DisputeChangeResult
    }
  }
`);
export const CHANGE_GRADE = graphql(`
  mutation ChangeDisputeGrade($input: ChangeGradeInput!) {
    changeDisputeGrade(input: $input) {
      ...DisputeChangeResult
    }
  }
`);
export const REPORT_PROGRESS = graphql(`
  mutation ReportDisputeProgress($input: ReportProgressInput!) {
    reportDisputeProgress(input: $input) {
      ...DisputeChangeResult
    }
  }
`);
export const TRANSFER_RECEIPT = graphql(`
  mutation RecordTransferReceipt($input: TransferReceiptInput!) {
    recordTransferReceipt(input: $input) {
      ...DisputeChangeResult
    }
  }
`);
export const TRANSFER_OUTCOME = graphql(`
  mutation RecordTransferOutcome($input: TransferOutcomeInput!) {
    recordTransferOutcome(input: $input) {
      ...DisputeChangeResult
    }
  }
`);
export const ISSUE_NOTICE = graphql(`
  mutation IssueRiskNotice($input: IssueRiskNoticeInput!) {
    issueRiskNotice(input: $input) {
      notice {
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

/** 接收单位名录 for a transfer: the district's bodies and the station's, of the kind chosen. */
export const RECEIVING_BODIES = graphql(`
  query ReceivingBodies($stationId: ID, $target: TransferTarget, $includeInactive: Boolean) {
    receivingBodies(stationId: $stationId, target: $target, includeInactive: $includeInactive) {
      id
      target
      name
      stationId
      phone
      active
      version
    }
  }
`);
