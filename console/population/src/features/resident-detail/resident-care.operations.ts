import { graphql } from '../../gql';
import type { ResidentCareQuery } from '../../gql/graphql';

export type ResidentCare = NonNullable<ResidentCareQuery['resident']>;

/** A resident's listings (特定对象、关爱帮扶) and visits; the categories to list them in. */
export const RESIDENT_CARE = graphql(`
  query ResidentCare($id: ID!) {
    resident(id: $id) {
      id
      name
      verifiedAt
      focus {
        id
        since
        note
        category {
          code
          name
          kind
          visitEveryDays
        }
      }
      visits {
        id
        kind
        outcome
        note
        officerName
        at
        photos {
          id
        }
      }
    }
    focusCategories {
      code
      name
      kind
      visitEveryDays
      active
    }
  }
`);

export const ADD_FOCUS = graphql(`
  mutation AddFocusPerson($input: AddFocusPersonInput!) {
    addFocusPerson(input: $input) {
      focus {
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

export const END_FOCUS = graphql(`
  mutation EndFocusPerson($id: ID!) {
    endFocusPerson(id: $id) {
      focus {
        id
      }
      errors {
        code
        message
      }
    }
  }
`);
