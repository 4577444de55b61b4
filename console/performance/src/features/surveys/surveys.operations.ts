import { graphql } from '../../gql';

export const SURVEY_ROUNDS = graphql(`
  query SurveyRounds($id: ID!) {
    community(id: $id) {
      id
      surveyRounds {
        id
        surveyedOn
        satisfied
        basicallySatisfied
        unsatisfied
        rate
        note
        recordedBy
        correctsId
        correctedById
        outlier
      }
    }
  }
`);

export const RECORD_SURVEY_ROUND = graphql(`
  mutation RecordSurveyRound($input: RecordSurveyRoundInput!) {
    recordSurveyRound(input: $input) {
      round {
        id
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

export const CORRECT_SURVEY_ROUND = graphql(`
  mutation CorrectSurveyRound($input: CorrectSurveyRoundInput!) {
    correctSurveyRound(input: $input) {
      round {
        id
      }
      errors {
        code
        message
        field
      }
    }
  }
`);
