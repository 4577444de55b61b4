import { OPERATION_TYPE_HEADER, signServiceToken } from '@cp/auth';
import { DomainError } from './errors';

export interface GatewayClientOptions {
  /** The gateway's `/graphql` URL; a function when it is known only after start (in-process platform). */
  url: string | (() => string);
  /** The secret login tokens are signed with: the service signs its own identity with it. */
  tokenSecret: string;
  service: string;
  timeoutMs?: number;
}

/**
 * A document typed by the calling service's code generation (`graphql(...)` from its `src/gql`):
 * its text, with the result and variables it was checked to have against schema/api.graphql.
 */
export interface TypedDocument<T, V> {
  toString(): string;
  __apiType?: (variables: V) => T;
}

type Variables = Record<string, unknown>;

/** Reads through the gateway with typed documents only: an untyped query string does not compile. */
export interface GatewayReads {
  query<T, V extends Variables>(document: TypedDocument<T, V> & object, variables: V, options?: ReadOptions): Promise<T>;
}

export interface ReadOptions {
  /** Overrides the client's default for a read known to be large (a whole district's facts). */
  timeoutMs?: number;
  /** Stops the read when the request it serves is given up on (see `deadline.ts`). */
  signal?: AbortSignal;
}

/**
 * A subgraph's way to read another domain's data: through the gateway, like any client,
 * under the service's own identity. Never a direct call to another subgraph or database.
 */
export class GatewayClient implements GatewayReads {
  private token: { value: string; renewAt: number } | null = null;

  constructor(private readonly options: GatewayClientOptions) {}

  async query<T, V extends Variables>(document: TypedDocument<T, V> & object, variables: V, { timeoutMs, signal }: ReadOptions = {}): Promise<T> {
    const timeout = AbortSignal.timeout(timeoutMs ?? this.options.timeoutMs ?? 5_000);
    const url = typeof this.options.url === 'function' ? this.options.url() : this.options.url;
    let body: { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await this.bearer()}`, [OPERATION_TYPE_HEADER]: 'query' },
        body: JSON.stringify({ query: document.toString(), variables }),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      });
      body = (await res.json()) as typeof body;
    } catch {
      if (signal?.aborted) throw signal.reason;
      throw new DomainError('UPSTREAM_UNAVAILABLE', '依赖的服务暂时不可用，请稍后重试');
    }
    if (body.errors?.length || !body.data) {
      const [first] = body.errors ?? [];
      throw new DomainError(first?.extensions?.code ?? 'UPSTREAM_ERROR', first?.message ?? '依赖的服务返回了错误');
    }
    return body.data;
  }

  /** This request's reads: the same document with the same variables is asked once per request, and stop with it. */
  forRequest(signal?: AbortSignal): GatewayReads {
    const asked = new Map<string, Promise<unknown>>();
    return {
      query: <T, V extends Variables>(document: TypedDocument<T, V> & object, variables: V, options?: ReadOptions) => {
        const key = `${document.toString()}\u0000${JSON.stringify(variables)}`;
        let answer = asked.get(key) as Promise<T> | undefined;
        if (!answer) {
          answer = this.query(document, variables, { signal, ...options });
          asked.set(key, answer);
          answer.catch(() => asked.delete(key)); // a failed read is asked again
        }
        return answer;
      },
    };
  }

  private async bearer(): Promise<string> {
    if (!this.token || Date.now() > this.token.renewAt) {
      this.token = { value: await signServiceToken(this.options.service, this.options.tokenSecret, 300), renewAt: Date.now() + 240_000 };
    }
    return this.token.value;
  }
}
