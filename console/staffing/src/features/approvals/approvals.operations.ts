import { graphql } from '../../gql';
import type { ApprovalInboxQuery } from '../../gql/graphql';

export type ApprovalRow = ApprovalInboxQuery['approvals'][number];

export const APPROVAL_INBOX = graphql(`
  query ApprovalInbox($stationId: ID, $status: ApprovalStatus) {
    approvals(stationId: $stationId, status: $status) {
      id
      kind
      reason
      tenureYears
      earlyReason
      requestedBy
      requestedAt
      status
      decidedBy
      decidedAt
      decisionNote
      validFrom
      validUntil
      expired
      version
      awaiting
      signoffsNeeded
      signoffs {
        level
        name
        at
        note
      }
      officer {
        id
        name
        badgeNo
      }
      trail {
        at
        action
        actorName
        note
      }
    }
  }
`);

export const STATION_OFFICERS = graphql(`
  query ApprovalOfficers($stationId: ID!) {
    officers(stationId: $stationId) {
      id
      name
      badgeNo
      role
      sworn
    }
  }
`);

export const REQUEST_APPROVAL = graphql(`
  mutation RequestApproval($input: RequestApprovalInput!) {
    requestApproval(input: $input) {
      approval {
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

export const DECIDE_APPROVAL = graphql(`
  mutation DecideApproval($input: DecideApprovalInput!) {
    decideApproval(input: $input) {
      approval {
        id
        status
        version
      }
      errors {
        code
        message
      }
    }
  }
`);

export const ASSIGN_DUTY = graphql(`
  mutation AssignDuty($input: AssignDutyInput!) {
    assignDuty(input: $input) {
      assignment {
        id
        approvalId
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

/** The district's duty kinds, each with the prohibition it falls under (the assign dialog's choices). */
export const DUTY_KINDS = graphql(`
  query DutyKinds($includeInactive: Boolean) {
    dutyKinds(includeInactive: $includeInactive) {
      code
      name
      restricts
      active
      version
    }
  }
`);

export const SAVE_DUTY_KIND = graphql(`
  mutation SaveDutyKind($input: SaveDutyKindInput!) {
    saveDutyKind(input: $input) {
      dutyKind {
        code
      }
      errors {
        code
        message
        field
      }
    }
  }
`);
