import { expect } from 'vitest';
import type { typedGateway } from '../gateway';
import { graphql } from '../gql';

export const PARTNER_TOKEN = graphql(`
  mutation PartnerToken($id: String!, $secret: String!) {
    partnerToken(clientId: $id, clientSecret: $secret) {
      accessToken
      expiresIn
      errors {
        code
        message
      }
    }
  }
`);

/** A partner client's headers: its credentials exchanged for a token, as its system would. */
export async function partnerHeaders(call: ReturnType<typeof typedGateway>['call'], clientId: string, secret: string): Promise<Record<string, string>> {
  const { partnerToken } = await call({}, PARTNER_TOKEN, { id: clientId, secret });
  expect(partnerToken.errors).toEqual([]);
  return { authorization: `Bearer ${partnerToken.accessToken}` };
}
