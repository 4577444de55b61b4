import { graphql } from '../../gql';
import type { IndicatorCatalogueQuery } from '../../gql/graphql';

export type IndicatorRow = IndicatorCatalogueQuery['indicators'][number];

export const INDICATORS = graphql(`
  query IndicatorCatalogue {
    indicators {
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
    }
  }
`);
