import { graphql } from '../../gql';
import type { PartnersQuery } from '../../gql/graphql';

export type PartnerRow = PartnersQuery['partners'][number];

export const PARTNERS = graphql(`
  query Partners {
    partners {
      id
      name
      clientId
      scopes
      departmentCode
      createdAt
      rotatedAt
      revokedAt
      version
      communities {
        id
        name
      }
      operations {
        name
        hash
        document
        registeredAt
      }
    }
    communities {
      id
      name
      station {
        name
      }
    }
    departments {
      code
      name
    }
  }
`);

export const REGISTER_PARTNER = graphql(`
  mutation RegisterPartner($input: RegisterPartnerInput!) {
    registerPartner(input: $input) {
      partner {
        id
        clientId
      }
      clientSecret
      errors {
        code
        message
        field
      }
    }
  }
`);

export const ROTATE_PARTNER = graphql(`
  mutation RotatePartnerSecret($id: ID!, $version: Int!) {
    rotatePartnerSecret(id: $id, version: $version) {
      partner {
        id
        clientId
      }
      clientSecret
      errors {
        code
        message
        field
      }
    }
  }
`);

export const REVOKE_PARTNER = graphql(`
  mutation RevokePartner($id: ID!, $version: Int!) {
    revokePartner(id: $id, version: $version) {
      partner {
        id
        revokedAt
      }
      errors {
        code
        message
      }
    }
  }
`);

export const REGISTER_PARTNER_OPERATION = graphql(`
  mutation RegisterPartnerOperation($partnerId: ID!, $document: String!) {
    registerPartnerOperation(partnerId: $partnerId, document: $document) {
      operation {
        name
        hash
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

export const REMOVE_PARTNER_OPERATION = graphql(`
  mutation RemovePartnerOperation($partnerId: ID!, $hash: String!) {
    removePartnerOperation(partnerId: $partnerId, hash: $hash)
  }
`);
