import { graphql } from '../../gql';
import type { ResidentPageQuery } from '../../gql/graphql';

export type ResidentDetail = NonNullable<ResidentPageQuery['resident']>;

/**
 * The resident page in one gateway query: the person (population), their disputes (disputes)
 * and the officer on duty for their community (staffing).
 */
export const RESIDENT_PAGE = graphql(`
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
`);
