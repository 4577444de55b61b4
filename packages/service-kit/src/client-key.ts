import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { IsOptional, Matches } from 'class-validator';
import { refuse } from './mutation';

/**
 * Writes a phone makes without network wait on the device and are sent later, perhaps more than
 * once (a lost answer, two tabs, a retry on every reconnect). Each carries a client key, a UUID
 * made on the device when the officer pressed 保存. The record it creates keeps the key in a
 * unique column, so a second send finds the record the first one made and returns it: exactly
 * one record however often it arrives, and no side table to keep in step with the record.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FORMAT = { code: 'CLIENT_KEY_FORMAT', message: '客户端幂等键应为 UUID' };

/** The input rule for a client key (a UUID, as `crypto.randomUUID()` makes on the device). */
export function ClientKey(): PropertyDecorator {
  return (target, property) => {
    IsOptional()(target, property);
    Matches(UUID, { message: FORMAT.message, context: { code: FORMAT.code } })(target, property);
  };
}

export const CLIENT_KEY_DESCRIPTION = '客户端幂等键（设备生成的 UUID）：离线排队的提交重发时只生成一条记录，返回首次生成的记录';

/**
 * Runs `write` once per client key. `earlier` finds the caller's own record with that key (it must
 * filter by the caller, so nobody reads another's record by guessing a key). A key the caller has
 * used returns that record; a concurrent second send, whatever it fails on, returns the winner's;
 * a key another caller used is refused as CLIENT_KEY_REUSED.
 */
export async function oncePerClientKey<T>(key: string | null | undefined, earlier: (key: string) => Promise<T | null>, write: () => Promise<T>): Promise<T> {
  if (!key) return write();
  if (!UUID.test(key)) refuse(FORMAT.code, FORMAT.message, 'clientKey'); // before it reaches a uuid column
  const before = await earlier(key);
  if (before) return before;
  try {
    return await write();
  } catch (err) {
    // a concurrent send of the same key may have won meanwhile, and this one then failed on the
    // winner's record (the key's unique index, or a rule such as "one dwelling per address"): the
    // winner's record is the answer
    const winner = await earlier(key);
    if (winner) return winner;
    if (!(err instanceof UniqueConstraintViolationException) || !String(err.message).includes('client_key')) throw err;
    return refuse('CLIENT_KEY_REUSED', '该客户端幂等键已被使用', 'clientKey');
  }
}
