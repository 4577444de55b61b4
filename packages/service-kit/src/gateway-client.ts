import { signServiceToken } from '@cp/auth';
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
 * A subgraph's way to read another domain's data: through the gateway, like any client,
 * under the service's own identity. Never a direct call to another subgraph or database.
 */
export class GatewayClient {
  private token: { value: string; renewAt: number } | null = null;

  constructor(private readonly options: GatewayClientOptions) {}

  /** `timeoutMs` overrides the client's default for a read known to be large (a whole district's facts). */
  async query<T>(document: string, variables: Record<string, unknown> = {}, { timeoutMs }: { timeoutMs?: number } = {}): Promise<T> {
    const url = typeof this.options.url === 'function' ? this.options.url() : this.options.url;
    let body: { data?: T; errors?: Array<{ message: string; extensions?: { code?: string } }> };
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await this.bearer()}` },
        body: JSON.stringify({ query: document, variables }),
        signal: AbortSignal.timeout(timeoutMs ?? this.options.timeoutMs ?? 5_000),
      });
      body = (await res.json()) as typeof body;
    } catch {
      throw new DomainError('UPSTREAM_UNAVAILABLE', '依赖的服务暂时不可用，请稍后重试');
    }
    if (body.errors?.length || !body.data) {
      const [first] = body.errors ?? [];
      throw new DomainError(first?.extensions?.code ?? 'UPSTREAM_ERROR', first?.message ?? '依赖的服务返回了错误');
    }
    return body.data;
  }

  private async bearer(): Promise<string> {
    if (!this.token || Date.now() > this.token.renewAt) {
      this.token = { value: await signServiceToken(this.options.service, this.options.tokenSecret, 300), renewAt: Date.now() + 240_000 };
    }
    return this.token.value;
  }
}
