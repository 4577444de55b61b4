import type { TypedDocument } from '@cp/service-kit';
import { gql, type GraphQLResponse } from '@cp/testkit';
import { expect } from 'vitest';

type Variables = Record<string, unknown>;
type Headers = Record<string, string>;

/**
 * The platform's gateway as the tests call it, with operations typed by GraphQL Code Generator
 * (`graphql(...)` from `./gql`, checked against schema/api.graphql): a test whose operation no
 * longer matches the contract fails to compile, and its data is typed, not `any`.
 */
export function typedGateway(url: () => string) {
  /** The whole response, for tests that expect GraphQL errors or a status. */
  const send = <T, V extends Variables>(headers: Headers, document: TypedDocument<T, V> & object, variables?: V): Promise<GraphQLResponse<T>> =>
    gql<T>(url(), document.toString(), variables, headers);
  /** The data, failing the test on any GraphQL error. */
  const call = async <T, V extends Variables>(headers: Headers, document: TypedDocument<T, V> & object, variables?: V): Promise<T> => {
    const res = await send(headers, document, variables);
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!;
  };
  return { send, call };
}
