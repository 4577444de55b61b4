import { graphql } from '../../gql';
import type { StaffingGapsQuery } from '../../gql/graphql';

export type CommunityRow = StaffingGapsQuery['staffingReport']['communities'][number];

/** Staffing against the standards: counts from staffing, community names and sizes from population. */
export const STAFFING_GAPS = graphql(`
  query StaffingGaps($stationId: ID) {
    staffingReport(stationId: $stationId) {
      earlyTransfers {
        approvalId
        officer {
          id
          name
          badgeNo
        }
        station {
          id
          name
        }
        tenureYears
        earlyReason
        approvedAt
      }
      district {
        districtPolice
        stationPolice
        stationPoliceShare
        target
        meetsShare
        stationPoliceGap
      }
      stations {
        station {
          id
          name
        }
        swornOfficers
        communityPolice
        communityPoliceShare
        meetsShare
        residents
        households
        aPostOfficers
        requiredOfficers
        officerGap
      }
      communities {
        community {
          id
          name
        }
        residents
        households
        aPostOfficers
        bCover
        hasAPost
        auxiliaries
        requiredOfficers
        officerGap
        requiredAuxiliaries
        auxiliaryGap
        residentsPerOfficer
        aPostTenureYears
        hasGap
      }
    }
  }
`);
