import { graphql } from './gql';

/* Every document the field app sends: GraphQL Codegen types them and registers their hashes
 * with the gateway (trusted documents), as for the console. */

export const LOGIN = graphql(`
  mutation FieldLogin($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      user {
        displayName
        roles
      }
      errors {
        code
        message
      }
    }
  }
`);

export const ME = graphql(`
  query FieldMe {
    me {
      id
      username
      displayName
      officerId
    }
    myCommunities {
      id
      name
      grids {
        id
        kind
        boundary
      }
    }
  }
`);

export const INBOX = graphql(`
  query FieldInbox {
    taskInbox {
      open
      dueToday
      overdue
      tasks {
        id
        title
        detail
        issuerName
        dueAt
        status
        overdue
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
          version
        }
      }
    }
  }
`);

export const PRESENCE = graphql(`
  query FieldPresence($officerId: ID!, $from: String!, $to: String!) {
    officer(id: $officerId) {
      id
      recentPresence {
        id
        communityId
        checkInAt
        checkOutAt
        source
        inBoundary
        checkOutInBoundary
      }
      timeInCommunity(from: $from, to: $to) {
        hours
        declaredHours
        outsideCheckIns
        share
        target
      }
    }
  }
`);

export const COMMUNITY_AT = graphql(`
  query FieldWhere($position: PositionInput!) {
    communityAt(position: $position) {
      id
      name
    }
  }
`);

export const SEARCH_RESIDENTS = graphql(`
  query FieldSearchResidents($search: String!) {
    residents(search: $search, first: 20) {
      nodes {
        id
        name
        idNumber
        masked
        address {
          fullText
        }
        community {
          name
        }
      }
    }
  }
`);

export const RESIDENT_CARD = graphql(`
  query FieldResidentCard($id: ID!) {
    resident(id: $id) {
      id
      name
      idNumber
      sex
      birthDate
      phone
      kind
      masked
      version
      address {
        fullText
      }
      community {
        id
        name
        dutyOfficer {
          officer {
            name
          }
          phone
        }
      }
      household {
        householdNo
        members {
          relation
          resident {
            id
            name
          }
        }
      }
      focus {
        id
        category {
          name
        }
      }
      visits {
        id
        kind
        outcome
        at
        officerName
        photos {
          id
        }
      }
      disputes {
        id
        title
        status
      }
    }
  }
`);

/* The writes: each goes through the outbox with its client key. */

export const CHECK_IN = graphql(`
  mutation FieldSendCheckIn($communityId: ID!, $position: PositionInput, $at: String, $clientKey: String) {
    checkInCommunity(communityId: $communityId, source: phone, position: $position, at: $at, clientKey: $clientKey) {
      presence {
        id
        inBoundary
      }
      errors {
        code
        message
      }
    }
  }
`);

export const CHECK_OUT = graphql(`
  mutation FieldSendCheckOut($position: PositionInput, $at: String, $clientKey: String) {
    checkOutCommunity(position: $position, at: $at, clientKey: $clientKey) {
      presence {
        id
        checkOutInBoundary
      }
      errors {
        code
        message
      }
    }
  }
`);

export const ATTACH_PHOTO = graphql(`
  mutation FieldSendPhoto($input: AttachVisitPhotoInput!) {
    attachVisitPhoto(input: $input) {
      photo {
        id
      }
      errors {
        code
        message
      }
    }
  }
`);

export const REGISTER_HOUSING = graphql(`
  mutation FieldSendHousing($input: RegisterHousingInput!) {
    registerHousing(input: $input) {
      housing {
        id
      }
      errors {
        code
        message
      }
    }
  }
`);

export const RECORD_VISIT = graphql(`
  mutation FieldSendVisit($input: RecordVisitInput!) {
    recordVisit(input: $input) {
      visit {
        id
        inCommunity
      }
      errors {
        code
        message
      }
    }
  }
`);

export const REGISTER_RESIDENT = graphql(`
  mutation FieldSendRegistration($input: RegisterResidentInput!) {
    registerResident(input: $input) {
      resident {
        id
      }
      errors {
        code
        message
      }
    }
  }
`);

export const UPDATE_CONTACT = graphql(`
  mutation FieldSendContact($input: UpdateResidentContactInput!) {
    updateResidentContact(input: $input) {
      resident {
        id
        phone
        version
      }
      errors {
        code
        message
      }
    }
  }
`);

export const REPORT_LEAD = graphql(`
  mutation FieldSendLead($input: RegisterDisputeInput!) {
    registerDispute(input: $input) {
      dispute {
        id
      }
      errors {
        code
        message
      }
    }
  }
`);

export const REPORT_PROGRESS = graphql(`
  mutation FieldSendProgress($input: ReportProgressInput!) {
    reportDisputeProgress(input: $input) {
      dispute {
        id
        version
      }
      errors {
        code
        message
      }
    }
  }
`);

/** The record an edit was made against, as it is now: for the officer choosing in a conflict. */
export const DISPUTE_NOW = graphql(`
  query FieldDisputeNow($id: ID!) {
    dispute(id: $id) {
      id
      title
      status
      version
    }
  }
`);

export const NEARBY_ADDRESSES = graphql(`
  query FieldNearbyAddresses($near: PositionInput, $search: String, $communityId: ID, $withoutHousing: Boolean) {
    standardAddresses(near: $near, search: $search, communityId: $communityId, withoutHousing: $withoutHousing, first: 8) {
      id
      fullText
    }
  }
`);

export const SEARCH_HOUSING = graphql(`
  query FieldSearchHousing($search: String!) {
    housings(search: $search, first: 20) {
      nodes {
        id
        use
        address {
          fullText
        }
        occupants {
          id
        }
      }
    }
  }
`);

export const UNITS = graphql(`
  query FieldUnits {
    units {
      id
      name
      kind
      key
      community {
        name
      }
    }
  }
`);
