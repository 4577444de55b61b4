import { graphql } from '../../gql';
import type { AccountsQuery } from '../../gql/graphql';

export type AccountRow = AccountsQuery['accounts'][number];
export type StationOption = AccountsQuery['stations'][number];

export const ACCOUNTS = graphql(`
  query Accounts {
    accounts {
      id
      username
      displayName
      roles
      disabledAt
      lockedUntil
      createdAt
      version
      officer {
        id
        name
        badgeNo
      }
      stations {
        id
        name
      }
      communities {
        id
        name
      }
    }
    stations {
      id
      name
      officers {
        id
        name
        badgeNo
      }
    }
  }
`);

export const CREATE_ACCOUNT = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      account {
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

export const UPDATE_ACCOUNT = graphql(`
  mutation UpdateAccount($id: ID!, $version: Int!, $input: AccountRolesInput!) {
    updateAccount(id: $id, version: $version, input: $input) {
      account {
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

export const SET_ACCOUNT_DISABLED = graphql(`
  mutation SetAccountDisabled($id: ID!, $version: Int!, $disabled: Boolean!) {
    setAccountDisabled(id: $id, version: $version, disabled: $disabled) {
      account {
        id
        version
        disabledAt
      }
      errors {
        code
        message
      }
    }
  }
`);

export const RESET_ACCOUNT_PASSWORD = graphql(`
  mutation ResetAccountPassword($id: ID!, $version: Int!, $password: String!) {
    resetAccountPassword(id: $id, version: $version, password: $password) {
      account {
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

export const UNLOCK_ACCOUNT = graphql(`
  mutation UnlockAccount($id: ID!, $version: Int!) {
    unlockAccount(id: $id, version: $version) {
      account {
        id
        version
        lockedUntil
      }
      errors {
        code
        message
      }
    }
  }
`);

/** The account log: who changed an account, when, and what it was before and after. */
export const ACCOUNT_CHANGES = graphql(`
  query AccountChanges($accountId: ID) {
    accountChanges(accountId: $accountId, first: 100) {
      id
      at
      actorUsername
      action
      before
      after
    }
  }
`);
