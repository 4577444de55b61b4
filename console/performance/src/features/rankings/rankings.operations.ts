import { graphql } from '../../gql';
import type { RankingQuery } from '../../gql/graphql';

export type RankingRow = RankingQuery['ranking'][number];
export type ScoreLineRow = RankingRow['lines'][number];

/** A level's ranking for a period, each row with the lines behind its score. */
export const RANKING = graphql(`
  query Ranking($period: String!, $level: ScopeLevel!) {
    ranking(period: $period, level: $level) {
      scopeId
      name
      total
      rank
      rankedOf
      tier
      published
      publishedAt
      stationId
      dualTrack {
        longLine
        shortLine
        rating {
          score
          basis
          ratedBy
          ratedAt
          version
        }
      }
      lines {
        code
        name
        unit
        direction
        target
        weight
        numerator
        denominator
        value
        achievement
        points
        applicable
      }
    }
    me {
      roles
      stationIds
    }
  }
`);

export const PUBLISH_PERIOD = graphql(`
  mutation PublishPeriod($period: String!) {
    publishPeriod(period: $period) {
      published
      warnings
      errors {
        code
        message
      }
    }
  }
`);

/** One place's totals over the last periods of the same kind. */
export const SCORECARD_TREND = graphql(`
  query ScorecardTrend($period: String!, $level: ScopeLevel!, $scopeId: String!) {
    scorecardTrend(period: $period, level: $level, scopeId: $scopeId, periods: 4) {
      period
      total
      rank
      rankedOf
      published
    }
  }
`);

/** The communities of a station with their lines: where a station's facts come from. */
export const STATION_COMMUNITY_LINES = graphql(`
  query StationCommunityLines($stationId: ID!, $period: String!) {
    station(id: $stationId) {
      id
      ranking(period: $period) {
        scopeId
        name
        total
        lines {
          code
          unit
          numerator
          denominator
          value
          points
          applicable
        }
      }
    }
  }
`);

/** 短线: the duty deputy scores an officer's duty work for the period. */
export const RATE_DUTY_WORK = graphql(`
  mutation RateDutyWork($input: RateDutyWorkInput!) {
    rateDutyWork(input: $input) {
      rating {
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
