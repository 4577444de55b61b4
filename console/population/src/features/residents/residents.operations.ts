import { gql, type TypedDocumentNode } from '@apollo/client';

export interface ResidentRow {
  id: string;
  name: string;
  sex: 'male' | 'female';
  birthDate: string;
  kind: 'registered' | 'floating' | 'foreign';
  idNumber: string;
  community: { id: string; name: string };
}

export interface ResidentsData {
  residents: { nodes: ResidentRow[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } };
}

export const RESIDENTS: TypedDocumentNode<ResidentsData, { first: number; after?: string | null; search?: string | null }> = gql`
  query Residents($first: Int!, $after: String, $search: String) {
    residents(first: $first, after: $after, search: $search) {
      nodes {
        id
        name
        sex
        birthDate
        kind
        idNumber
        community {
          id
          name
        }
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`;
