import { MemoryLogWriter } from '@graphql-hive/logger';
import { describe, expect, it } from 'vitest';
import { createGatewayLogger } from './logging';

describe('gateway logs', () => {
  it('censor subgraph request bodies and headers, also in per-request child loggers, and leave the rest', () => {
    const memory = new MemoryLogWriter();
    const log = createGatewayLogger('info', memory);
    const error = {
      message: 'connect ECONNREFUSED',
      extensions: { code: 'SUBREQUEST_HTTP_ERROR', request: { body: '{"idNumber":"110101199001011234"}', headers: { a: 'b' } } },
    };
    log.child({ requestId: 'r1' }).error({ error }, 'subgraph failed');
    log.error(error, 'subgraph failed');
    expect(memory.logs).toHaveLength(2);
    for (const line of memory.logs) {
      expect(JSON.stringify(line)).not.toContain('110101199001011234');
      expect(JSON.stringify(line)).toContain('SUBREQUEST_HTTP_ERROR');
    }
    expect(memory.logs[0]!.attrs).toMatchObject({ requestId: 'r1', error: { extensions: { request: { body: '[已脱敏]', headers: '[已脱敏]' } } } });
    expect(error.extensions.request.body).toContain('110101199001011234'); // the error itself is untouched
  });

  it("say nothing of a subgraph call cancelled because its caller hung up, but keep a timeout's", () => {
    const memory = new MemoryLogWriter();
    const log = createGatewayLogger('info', memory);
    log.error({ message: 'This operation was aborted', extensions: { code: 'SUBREQUEST_HTTP_ERROR' } });
    log.error({ message: 'The operation was aborted', extensions: { code: 'SUBREQUEST_HTTP_ERROR' } });
    log.error({ message: 'The operation was aborted due to timeout', extensions: { code: 'GATEWAY_TIMEOUT' } });
    expect(memory.logs.map((l) => (l.attrs as { message: string }).message)).toEqual(['The operation was aborted due to timeout']);
  });
});
