import { graphql } from '../../gql';
import type { OfficerProfileQuery, StationOfficersQuery } from '../../gql/graphql';

export type OfficerRow = StationOfficersQuery['officers'][number];
export type Profile = NonNullable<OfficerProfileQuery['officer']>;

export const STATION_OFFICERS_LIST = graphql(`
  query StationOfficers($stationId: ID!) {
    officers(stationId: $stationId) {
      id
      badgeNo
      name
      role
      sworn
      phone
    }
    policeGroups(stationId: $stationId) {
      id
      name
      members {
        id
      }
    }
  }
`);

/** The profile: who, which group, and the last eight weeks in the community (eight periods, one request). */
export const OFFICER_PROFILE = graphql(`
  query OfficerProfile($id: ID!, $w0: String!, $w1: String!, $w2: String!, $w3: String!, $w4: String!, $w5: String!, $w6: String!, $w7: String!, $w8: String!) {
    officer(id: $id) {
      id
      badgeNo
      name
      role
      sworn
      phone
      version
      station {
        id
        name
      }
      t0: timeInCommunity(from: $w0, to: $w1) {
        ...WeekTime
      }
      t1: timeInCommunity(from: $w1, to: $w2) {
        ...WeekTime
      }
      t2: timeInCommunity(from: $w2, to: $w3) {
        ...WeekTime
      }
      t3: timeInCommunity(from: $w3, to: $w4) {
        ...WeekTime
      }
      t4: timeInCommunity(from: $w4, to: $w5) {
        ...WeekTime
      }
      t5: timeInCommunity(from: $w5, to: $w6) {
        ...WeekTime
      }
      t6: timeInCommunity(from: $w6, to: $w7) {
        ...WeekTime
      }
      t7: timeInCommunity(from: $w7, to: $w8) {
        ...WeekTime
      }
      exceptionsInForce {
        id
        kind
        reason
        validFrom
        validUntil
      }
      postHistory {
        community {
          id
          name
        }
        role
        startedAt
        endedAt
        reason
      }
      recentPresence {
        id
        communityId
        checkInAt
        checkOutAt
        closure
        source
        inBoundary
      }
    }
  }

  fragment WeekTime on TimeInCommunity {
    from
    hours
    workingHours
    share
    target
    meetsTarget
    openStays
  }
`);

export const PROFILE_ME = graphql(`
  query ProfileMe {
    me {
      officerId
      roles
      stationIds
      communityIds
    }
  }
`);

export const CHECK_IN = graphql(`
  mutation CheckInCommunity($communityId: ID!) {
    checkInCommunity(communityId: $communityId, source: console) {
      presence {
        id
      }
      errors {
        code
        message
      }
    }
  }
`);

export const CHECK_OUT = graphql(`
  mutation CheckOutCommunity {
    checkOutCommunity {
      presence {
        id
      }
      errors {
        code
        message
      }
    }
  }
`);

/** The station keeps the work phone on the officer's public card; `version` is the one read. */
export const UPDATE_OFFICER_PHONE = graphql(`
  mutation UpdateOfficerPhone($input: UpdateOfficerPhoneInput!) {
    updateOfficerPhone(input: $input) {
      officer {
        id
        phone
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
