import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';
import { describe, expect, it } from 'vitest';
import { clientAddressOf } from './auth';

const request = (remoteAddress: string, forwarded?: string) => ({
  req: { headers: forwarded ? { 'x-forwarded-for': forwarded } : {}, socket: { remoteAddress } } as unknown as IncomingMessage,
});

describe('the client address the audit trail records', () => {
  const trusted = proxyaddr.compile(['127.0.0.2']);

  it("believes X-Forwarded-For only from a configured proxy (the console server's own address)", () => {
    expect(clientAddressOf(request('127.0.0.2', '198.51.100.7'), trusted)).toBe('198.51.100.7');
  });

  it('ignores a forged X-Forwarded-For from anyone else, and records the socket address', () => {
    expect(clientAddressOf(request('127.0.0.1', '203.0.113.66'), trusted)).toBe('127.0.0.1');
    expect(clientAddressOf(request('10.1.2.3', '203.0.113.66'), trusted)).toBe('10.1.2.3');
  });

  it('walks a chain only as far as the hops are trusted: a forged first hop behind the proxy is not taken', () => {
    // the browser sent "203.0.113.66" itself; the console server appended the browser's real address
    expect(clientAddressOf(request('127.0.0.2', '203.0.113.66, 198.51.100.7'), trusted)).toBe('198.51.100.7');
  });

  it('trusts nobody when no proxy is configured', () => {
    expect(clientAddressOf(request('127.0.0.2', '198.51.100.7'), proxyaddr.compile([]))).toBe('127.0.0.2');
  });
});
