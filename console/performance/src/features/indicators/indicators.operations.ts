import { graphql } from '../../gql';
import type { IndicatorCatalogueQuery } from '../../gql/graphql';

export type IndicatorRow = IndicatorCatalogueQuery['indicators'][number];
export type OverrideRow = IndicatorCatalogueQuery['indicatorOverrides'][number];
export type StationRow = IndicatorCatalogueQuery['stations'][number];

/** The catalogue, the places' own targets and weights, and the places to name them. */
export const INDICATORS = graphql(`
  query IndicatorCatalogue {
    indicators(activeOnly: false) {
      id
      code
      name
      kind
      source
      direction
      target
      unit
      weight
      formula
      active
      version
    }
    indicatorOverrides {
      code
      level
      scopeId
      target
      weight
      version
    }
    stations {
      id
      name
      communities {
        id
        name
      }
    }
    me {
      roles
    }
  }
`);

export const SET_INDICATOR_OVERRIDE = graphql(`
  mutation SetIndicatorOverride($input: SetIndicatorOverrideInput!) {
    setIndicatorOverride(input: $input) {
      override {
        code
        version
      }
      errors {
        code
        field
        message
      }
    }
  }
`);

export const SET_INDICATOR_ACTIVE = graphql(`
  mutation SetIndicatorActive($code: String!, $active: Boolean!, $version: Int!) {
    setIndicatorActive(code: $code, active: $active, version: $version) {
      indicator {
        id
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
