import { gql, type TypedDocumentNode } from '@apollo/client';

export interface ResidentDetail {
  id: string;
  name: string;
  idNumber: string;
  masked: boolean;
  sex: 'male' | 'female';
  birthDate: string;
  phone: string | null;
  kind: 'registered' | 'floating' | 'foreign';
  originArea: string | null;
  address: { fullText: string } | null;
  community: {
    id: string;
    name: string;
    station: { name: string };
    dutyOfficer: { basis: string; phone: string | null; officer: { id: string; name: string; badgeNo: string } } | null;
  };
  disputes: Array<{ id: string; title: string; category: string; status: string; riskLevel: string; reportedAt: string }> | null;
}

/**
 * The resident page in one gateway query: the person (population), their disputes (disputes)
 * and the officer on duty for their community (staffing).
 */
export const RESIDENT_PAGE: TypedDocumentNode<{ resident: ResidentDetail | null }, { id: string }> = gql`
  query ResidentPage($id: ID!) {
    resident(id: $id) {
      id
      name
      idNumber
      masked
      sex
      birthDate
      phone
      kind
      originArea
      address {
        fullText
      }
      community {
        id
        name
        station {
          name
        }
        dutyOfficer {
          basis
          phone
          officer {
            id
            name
            badgeNo
          }
        }
      }
      disputes {
        id
        title
        category
        status
        riskLevel
        reportedAt
      }
    }
  }
`;
