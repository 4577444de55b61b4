import { GATEWAY_TOKEN_HEADER, signGatewayToken } from '@cp/auth';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getOperationAST, type DocumentNode } from 'graphql';

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

  /** Fetches now, then every `intervalMs` (0: only now and after each logout through this gateway). */
  start(): void {
    void this.refresh();
    if (!this.options.intervalMs) return;
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

/** Mutations that can end sessions: logout, and an administrator's changes to an account. */
const SESSION_ENDING = new Set(['logout', 'updateAccount', 'setAccountDisabled', 'resetAccountPassword']);

/** Whether an operation may have ended sessions (then this gateway refreshes its list at once). */
export const endsSession = (document: DocumentNode, operationName?: string | null): boolean =>
  getOperationAST(document, operationName)?.selectionSet.selections.some((s) => s.kind === 'Field' && SESSION_ENDING.has(s.name.value)) ?? false;

/** Stops the poller with the gateway, and refreshes at once after a logout (or an account change) passes through. */
export function useSessionRevocations(revocations: SessionRevocations | null): GatewayPlugin {
  return {
    onDispose: () => revocations?.stop(),
    onExecute: ({ args }) => ({
      onExecuteDone: () => {
        if (revocations && endsSession(args.document, args.operationName)) void revocations.refresh();
      },
    }),
  };
}
