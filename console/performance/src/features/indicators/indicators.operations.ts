import { gql, type TypedDocumentNode } from '@apollo/client';

export interface IndicatorRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  source: string;
  direction: 'higher_better' | 'lower_better';
  target: number;
  unit: string;
  weight: number;
  formula: string;
}

export const INDICATORS: TypedDocumentNode<{ indicators: IndicatorRow[] }> = gql`
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
`;
