import { graphql } from '../../gql';
import type { DepartmentRankingQuery, DepartmentRatingsQuery } from '../../gql/graphql';

export type DepartmentResultRow = DepartmentRankingQuery['departmentRanking'][number];
export type DepartmentRatingRow = DepartmentRatingsQuery['departmentRatings'][number];

/** The departments ranked for a period, and who is asking (a station head rates; the district reads all). */
export const DEPARTMENT_RANKING = graphql(`
  query DepartmentRanking($period: String!) {
    departmentRanking(period: $period) {
      department {
        id
        code
        name
        supports
        pushes(period: $period) {
          pushed
          admitted
          refused
          refusals {
            label
            count
          }
        }
      }
      rank
      stations
      responsiveness
      effectiveness
      ownership
      score
      poorRatings
    }
    me {
      roles
    }
    myStations {
      id
      name
    }
  }
`);

/** The ratings behind the ranking: every station's for the district, the station's own for a station head. */
export const DEPARTMENT_RATINGS = graphql(`
  query DepartmentRatings($period: String!) {
    departmentRatings(period: $period) {
      id
      station {
        id
        name
      }
      department {
        code
      }
      responsiveness
      effectiveness
      ownership
      score
      comment
      ratedBy
      ratedAt
      version
    }
  }
`);

export const RATE_DEPARTMENT = graphql(`
  mutation RateDepartment($input: RateDepartmentInput!) {
    rateDepartment(input: $input) {
      rating {
        id
        score
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
