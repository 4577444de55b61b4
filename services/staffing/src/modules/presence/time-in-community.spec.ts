import { describe, expect, it } from 'vitest';
import { endOfStays, hoursInCommunity, scheduledHours } from './time-in-community';

const t = (s: string) => new Date(`2026-11-${s}:00+08:00`);
const week = [t('16T00:00'), t('23T00:00')] as const;
const now = t('23T12:00');

describe('time in the community', () => {
  it('sums stays within the week (2 + 8 + 7.5 = 17.5 h), clipping one that began before it', () => {
    const stays = [
      { checkInAt: t('15T22:00'), checkOutAt: t('16T02:00') }, // 2 h fall in the week
      { checkInAt: t('17T08:30'), checkOutAt: t('17T16:30') },
      { checkInAt: t('18T09:00'), checkOutAt: t('18T16:30') },
    ];
    expect(hoursInCommunity(stays, week[0], week[1], now, 10)).toEqual({ hours: 17.5, openStays: 0 });
  });

  it('counts a forgotten check-out until the next check-in, or at most the cap, never infinite', () => {
    const stays = [
      { checkInAt: t('17T08:00'), checkOutAt: null }, // next check-in 3 h later
      { checkInAt: t('17T11:00'), checkOutAt: t('17T12:00') },
      { checkInAt: t('19T08:00'), checkOutAt: null }, // capped at 10 h
    ];
    expect(hoursInCommunity(stays, week[0], week[1], now, 10)).toEqual({ hours: 3 + 1 + 10, openStays: 2 });
  });

  it('does not count time after now for a stay still open', () => {
    expect(hoursInCommunity([{ checkInAt: t('23T10:00'), checkOutAt: null }], t('23T00:00'), t('24T00:00'), now, 10).hours).toBe(2);
  });

  it('counts overlapping stays in two communities once', () => {
    const stays = [
      { checkInAt: t('17T08:00'), checkOutAt: t('17T12:00') },
      { checkInAt: t('17T10:00'), checkOutAt: t('17T14:00') },
    ];
    expect(hoursInCommunity(stays, week[0], week[1], now, 10).hours).toBe(6);
  });

  it('clips rostered shifts to the window', () => {
    expect(
      scheduledHours(
        [
          { startsAt: t('15T20:00'), endsAt: t('16T08:00') },
          { startsAt: t('17T08:00'), endsAt: t('17T16:00') },
        ],
        week[0],
        week[1],
      ),
    ).toBe(16);
  });

  it('ends an open stay at the next check-in of any kind, so splitting stays by proof keeps each one its own length', () => {
    const stays = [
      { checkInAt: t('17T08:00'), checkOutAt: null },
      { checkInAt: t('17T10:00'), checkOutAt: t('17T11:00') },
      { checkInAt: t('17T12:00'), checkOutAt: null },
    ];
    expect(endOfStays(stays, now, 10).map((s) => s.checkOutAt)).toEqual([t('17T10:00'), t('17T11:00'), t('17T22:00')]);
  });
});
