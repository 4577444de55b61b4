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
