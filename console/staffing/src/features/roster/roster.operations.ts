import { graphql } from '../../gql';
import type { StationRosterQuery } from '../../gql/graphql';

export type Shift = StationRosterQuery['roster'][number];

export const STATION_ROSTER = graphql(`
  query StationRoster($stationId: ID!, $from: String!, $to: String!) {
    roster(stationId: $stationId, from: $from, to: $to) {
      id
      day
      shiftCode
      shiftName
      startsAt
      endsAt
      edited
      note
      version
      group {
        id
        name
        leader {
          name
        }
      }
    }
    policeGroups(stationId: $stationId) {
      id
      name
      version
      leader {
        id
        name
      }
      members {
        id
        name
        exceptionsInForce {
          id
          kind
          validUntil
        }
      }
    }
    shiftPatterns {
      code
      name
      description
      groupCount
      dutyKind
    }
    dutyKinds {
      code
      name
      restricts
    }
  }
`);

export const GENERATE_ROSTER = graphql(`
  mutation GenerateRoster($input: GenerateRosterInput!) {
    generateRoster(input: $input) {
      created
      keptEdited
      errors {
        code
        message
        field
      }
    }
  }
`);

export const EDIT_SHIFT = graphql(`
  mutation EditRosterShift($input: EditRosterShiftInput!) {
    editRosterShift(input: $input) {
      shift {
        id
        version
        edited
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

export const GROUP_CANDIDATES = graphql(`
  query GroupCandidates($stationId: ID!) {
    officers(stationId: $stationId) {
      id
      name
      badgeNo
      sworn
    }
  }
`);

export const SAVE_GROUP = graphql(`
  mutation SavePoliceGroup($input: SavePoliceGroupInput!) {
    savePoliceGroup(input: $input) {
      group {
        id
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
