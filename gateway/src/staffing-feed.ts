import { GATEWAY_TOKEN_HEADER, signGatewayToken } from '@cp/auth';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getOperationAST, type DocumentNode } from 'graphql';

export interface StaffingFeedOptions<T> {
  staffingUrl: string;
  gatewaySecret: string;
  /** How often to poll; 0: only at start and after a `refreshAfter` mutation through this gateway. */
  intervalMs: number;
  /** What to ask staffing (as the gateway itself). */
  query: string;
  apply(data: T): void;
  /** Mutations after which this gateway refreshes at once instead of waiting for the next poll. */
  refreshAfter: string[];
}

/**
 * Something the gateway must know from staffing to decide at the edge (ended sessions, partners'
 * registered operations): fetched at start, then every few seconds, and at once after a mutation
 * through this gateway that changes it. On failure the last known answer stays: staffing being
 * down must not log everyone out or block every partner.
 */
export class StaffingFeed<T> {
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly options: StaffingFeedOptions<T>) {}

  start(): void {
    void this.refresh();
    if (!this.options.intervalMs) return;
    this.timer = setInterval(() => void this.refresh(), this.options.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async refresh(): Promise<void> {
    try {
      const token = await signGatewayToken(
        { sub: 'gateway', username: 'gateway', name: '网关', roles: [], stationIds: [], communityIds: [] },
        this.options.gatewaySecret,
      );
      const res = await fetch(this.options.staffingUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [GATEWAY_TOKEN_HEADER]: token },
        body: JSON.stringify({ query: this.options.query }),
        signal: AbortSignal.timeout(3_000),
      });
      const body = (await res.json()) as { data?: T };
      if (body.data) this.options.apply(body.data);
    } catch {
      // keep the previous answer
    }
  }

  /** Whether an operation calls one of the mutations that change this feed. */
  changedBy(document: DocumentNode, operationName?: string | null): boolean {
    const op = getOperationAST(document, operationName);
    return op?.operation === 'mutation' && op.selectionSet.selections.some((s) => s.kind === 'Field' && this.options.refreshAfter.includes(s.name.value));
  }
}

/** The staffing subgraph's URL as written in the (possibly rewritten) supergraph. */
export const staffingUrlOf = (supergraph: string): string | null => /@join__graph\(name: "staffing", url: "([^"]+)"\)/.exec(supergraph)?.[1] ?? null;

/** Starts the feeds, stops them with the gateway, and refreshes one at once after a mutation that changes it. */
export function useStaffingFeeds(feeds: Array<StaffingFeed<never>>): GatewayPlugin {
  for (const feed of feeds) feed.start();
  return {
    onDispose: () => feeds.forEach((f) => f.stop()),
    onExecute: ({ args }) => ({
      onExecuteDone: () => {
        for (const feed of feeds) if (feed.changedBy(args.document, args.operationName)) void feed.refresh();
      },
    }),
  };
}
