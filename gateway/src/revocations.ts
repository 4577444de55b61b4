import { GATEWAY_TOKEN_HEADER, signGatewayToken } from '@cp/auth';

/**
 * Logged-out sessions, polled from staffing (which records them) every few seconds: a token
 * whose session was ended is refused at the edge within that interval, long before it expires.
 */
export class SessionRevocations {
  private revoked = new Set<string>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly options: { staffingUrl: string; gatewaySecret: string; intervalMs: number }) {}

  has(jti: string | undefined): boolean {
    return !!jti && this.revoked.has(jti);
  }

  start(): void {
    void this.refresh();
    this.timer = setInterval(() => void this.refresh(), this.options.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** On failure the last known list stays: staffing being down must not log everyone out or in. */
  async refresh(): Promise<void> {
    try {
      const token = await signGatewayToken(
        { sub: 'gateway', username: 'gateway', name: '网关', roles: [], stationIds: [], communityIds: [] },
        this.options.gatewaySecret,
      );
      const res = await fetch(this.options.staffingUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [GATEWAY_TOKEN_HEADER]: token },
        body: JSON.stringify({ query: '{ revokedSessions }' }),
        signal: AbortSignal.timeout(3_000),
      });
      const body = (await res.json()) as { data?: { revokedSessions: string[] } };
      if (body.data) this.revoked = new Set(body.data.revokedSessions);
    } catch {
      // keep the previous list
    }
  }
}

/** The staffing subgraph's URL as written in the (possibly rewritten) supergraph. */
export const staffingUrlOf = (supergraph: string): string | null => /@join__graph\(name: "staffing", url: "([^"]+)"\)/.exec(supergraph)?.[1] ?? null;
