import { describe, expect, it } from 'vitest';
import { earlyTransferRefusal, yearsSince } from './tenure';

describe('本岗位工作年限原则上不少于5年', () => {
  const now = new Date('2026-12-03T00:00:00Z');
  it('counts whole calendar months in post, as tenths of a year', () => {
    expect(yearsSince(new Date('2021-12-03T00:00:00Z'), now)).toBe(5);
    expect(yearsSince(new Date('2024-06-03T00:00:00Z'), now)).toBe(2.5);
    expect(yearsSince(new Date('2024-06-04T00:00:00Z'), now)).toBe(2.4); // a day short of 30 months
  });
  it('asks a reason for a transfer before five years, not after, and not for an officer without an A post', () => {
    expect(earlyTransferRefusal('张三', { years: 4.9 }, null)).toMatchObject({ code: 'TRANSFER_EARLY_REASON_REQUIRED', field: 'earlyReason' });
    expect(earlyTransferRefusal('张三', { years: 4.9 }, ' 短 ')).toMatchObject({ code: 'TRANSFER_EARLY_REASON_REQUIRED' });
    expect(earlyTransferRefusal('张三', { years: 4.9 }, '本人申请，已有接替')).toBeNull();
    expect(earlyTransferRefusal('张三', { years: 5 }, null)).toBeNull();
    expect(earlyTransferRefusal('张三', null, null)).toBeNull();
  });
});
