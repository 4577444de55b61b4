import { AsyncLocalStorage } from 'node:async_hooks';
import { setMaxListeners } from 'node:events';
import { DomainError } from './errors';

/**
 * How long a request may run, and stopping its work when nobody waits for it any more.
 *
 * The gateway gives up on a subgraph call after its timeout, and a browser may go away sooner;
 * before this, the statements of such a request kept running in PostgreSQL for as long as they
 * took (a few clicks on heavy pages held the database for minutes). Each request now runs in a
 * scope with an AbortSignal that fires at its deadline or when its caller hangs up; every pooled
 * connection knows which request's statement it runs, and an abort cancels those statements
 * (`pg_cancel_backend`) and refuses the request's next ones. Jobs run outside any scope.
 */

/** The longest a request may run when its caller says nothing: the gateway's default subgraph timeout. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

export const deadlineErrors = {
  exceeded: () => new DomainError('DEADLINE_EXCEEDED', '请求超时，查询已停止，请缩小范围后重试'),
  abandoned: () => new DomainError('REQUEST_ABANDONED', '请求方已断开，查询已停止'),
};

/** One pooled connection's statement in flight for a request. */
interface Running {
  /** A COMMIT or ROLLBACK is never cancelled: it must finish for the connection to be reusable. */
  cancellable: boolean;
  /** Set when an abort asked PostgreSQL to cancel it; the answer waits for it (see `guardConnection`). */
  cancelling: Promise<void> | null;
}

/** The minimal pg.Client surface guarded here (knex calls `query(config, callback)`). */
export interface PgConnection {
  query(...args: unknown[]): unknown;
}

export class RequestScope {
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout | undefined;
  readonly running = new Map<PgConnection, Running>();

  constructor(
    timeoutMs: number | null,
    private readonly cancel: (connection: PgConnection) => Promise<void>,
  ) {
    // every read through the gateway listens to it: a page may make more than Node's default ten
    setMaxListeners(0, this.controller.signal);
    if (timeoutMs !== null) {
      this.timer = setTimeout(() => this.abort(deadlineErrors.exceeded()), timeoutMs);
      this.timer.unref();
    }
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /** Stops the request's work: its running statements are cancelled, its next ones refused. */
  abort(reason: DomainError): void {
    if (this.signal.aborted) return;
    this.end();
    this.controller.abort(reason);
    for (const [connection, running] of this.running) {
      if (running.cancellable && !running.cancelling) running.cancelling = this.cancel(connection).catch(() => undefined);
    }
  }

  /** The answer is on its way: nothing is cancelled any more. */
  end(): void {
    clearTimeout(this.timer);
  }

  run<T>(fn: () => T): T {
    return scopes.run(this, fn);
  }
}

const scopes = new AsyncLocalStorage<RequestScope>();

/** The signal of the request this code runs for, if any (outgoing calls pass it on). */
export const requestSignal = (): AbortSignal | undefined => scopes.getStore()?.signal;

/** Runs `fn` outside any request, so an abort cannot stop it (the audit of what was read is always written). */
export const outsideRequest = <T>(fn: () => T): T => scopes.exit(fn);

const ENDS_TRANSACTION = /^\s*(commit|rollback|release|end)\b/i;

/**
 * Ties one pooled connection's statements to the request that sends them (the pool's
 * `afterCreate`). A statement sent after its request was aborted is refused before PostgreSQL
 * sees it, except those ending a transaction; one cancelled by the abort reports the abort's
 * reason, and its answer waits until the cancel has been delivered, so the connection never
 * returns to the pool while a cancel for it is still on its way (it would hit the next user).
 */
export function guardConnection(connection: PgConnection): void {
  const query = connection.query.bind(connection) as (...args: unknown[]) => unknown;
  connection.query = (...args: unknown[]) => {
    const scope = scopes.getStore();
    const [config, callback] = args as [{ text?: string } | string, ((err: unknown, res?: unknown) => void) | undefined];
    if (!scope || args.length !== 2 || typeof callback !== 'function') return query(...args);
    const text = typeof config === 'string' ? config : (config?.text ?? '');
    const cancellable = !ENDS_TRANSACTION.test(text);
    if (scope.signal.aborted && cancellable) {
      process.nextTick(callback, scope.signal.reason);
      return undefined;
    }
    const running: Running = { cancellable, cancelling: null };
    scope.running.set(connection, running);
    return query(config, (err: unknown, res?: unknown) => {
      scope.running.delete(connection);
      const cancelled = scope.signal.aborted && (err as { code?: string } | null)?.code === '57014';
      const answer = () => callback(cancelled ? scope.signal.reason : err, res);
      if (running.cancelling) void running.cancelling.then(answer);
      else answer();
    });
  };
}
