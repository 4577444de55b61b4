import { graphql } from '../../gql';
import type { FocusCategoriesQuery } from '../../gql/graphql';

export type CategoryRow = FocusCategoriesQuery['focusCategories'][number];

export const FOCUS_CATEGORIES = graphql(`
  query FocusCategories {
    focusCategories {
      code
      name
      kind
      visitEveryDays
      active
      version
    }
  }
`);

export const UPDATE_FOCUS_CATEGORY = graphql(`
  mutation UpdateFocusCategory($code: String!, $version: Int!, $visitEveryDays: Int!, $active: Boolean!) {
    updateFocusCategory(code: $code, version: $version, visitEveryDays: $visitEveryDays, active: $active) {
      category {
        code
        visitEveryDays
        active
        version
      }
      errors {
        code
        message
      }
    }
  }
`);
