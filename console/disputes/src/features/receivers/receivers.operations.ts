import { graphql } from '../../gql';

export const RECEIVERS_PAGE = graphql(`
  query ReceiversPage {
    me {
      roles
    }
    myStations {
      id
      name
    }
  }
`);

export const SAVE_RECEIVING_BODY = graphql(`
  mutation SaveReceivingBody($input: SaveReceivingBodyInput!) {
    saveReceivingBody(input: $input) {
      receivingBody {
        id
        version
      }
      errors {
        code
        message
        field
      }
    }
  }
`);
