import { graphql } from '../../gql';
import type { PopulationWorklistQuery } from '../../gql/graphql';

export type WorkItemRow = PopulationWorklistQuery['populationWorklist']['items'][number];

/** Today's and overdue work, and what falls due in the next days. */
export const WORKLIST = graphql(`
  query PopulationWorklist($horizonDays: Int) {
    populationWorklist(horizonDays: $horizonDays) {
      date
      counts {
        kind
        dueToday
        overdue
        upcoming
      }
      items {
        kind
        dueAt
        overdueDays
        reason
        lastAt
        resident {
          id
          name
          kind
        }
        unit {
          id
          name
          key
        }
        community {
          id
          name
        }
      }
    }
  }
`);
