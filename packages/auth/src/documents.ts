import { createHash } from 'node:crypto';
import { parse, print } from 'graphql';

/**
 * The identity of a trusted document (登记的操作): the SHA-256 of its canonical print, so the
 * same operation registered by staffing and sent by a partner (with other whitespace or
 * comments) hashes alike at the gateway. Throws a GraphQL syntax error for text that is no document.
 */
export function documentHash(text: string): string {
  return createHash('sha256')
    .update(print(parse(text)))
    .digest('hex');
}

/** Hash keys arrive as `sha256:<hex>` (GraphQL Codegen) or bare hex (Apollo's persisted queries). */
export const bareHash = (key: string): string => key.replace(/^sha256:/, '');
