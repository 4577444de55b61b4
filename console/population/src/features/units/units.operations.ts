import { graphql } from '../../gql';
import type { UnitsQuery } from '../../gql/graphql';

export type UnitRow = UnitsQuery['units'][number];

/** The units of the caller's jurisdiction (key units first), their latest checks, and where new ones may go. */
export const UNITS = graphql(`
  query Units {
    units {
      id
      name
      kind
      key
      contactName
      contactPhone
      community {
        id
        name
      }
      visits {
        id
        kind
        outcome
        rectifyBy
        at
        photos {
          id
        }
      }
    }
    me {
      roles
    }
    myCommunities {
      id
      name
      station {
        id
        name
      }
    }
  }
`);

export const REGISTER_UNIT = graphql(`
  mutation RegisterUnit($input: RegisterUnitInput!) {
    registerUnit(input: $input) {
      unit {
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
