import { describe, expect, it } from 'vitest';
import { checkCharacter, composeResidentId, parseResidentId } from './index';

describe('GB 11643 resident ID', () => {
  it('computes the check character of the standard example', () => {
    // 11010519491231002X is the example in GB 11643-1999
    expect(checkCharacter('11010519491231002')).toBe('X');
  });

  it('derives birth date and sex', () => {
    const r = parseResidentId('11010519491231002X');
    expect(r).toEqual({ ok: true, facts: { areaCode: '110105', birthDate: '1949-12-31', sex: 'female' } });
  });

  it('accepts a lower-case x and surrounding spaces', () => {
    expect(parseResidentId(' 11010519491231002x ').ok).toBe(true);
  });

  it.each([
    ['1101051949123100', 'FORMAT'],
    ['11010519491231002A', 'FORMAT'],
    ['110105194913310021', 'BIRTH_DATE'],
    ['110105194902300023', 'BIRTH_DATE'],
    ['110105194912310021', 'CHECKSUM'],
  ])('refuses %s with %s', (id, problem) => {
    expect(parseResidentId(id)).toEqual({ ok: false, problem });
  });

  it('refuses birth dates in the future', () => {
    const id = composeResidentId('110101', '2030-01-01', 1, 'male');
    expect(parseResidentId(id, new Date('2026-01-01'))).toEqual({ ok: false, problem: 'BIRTH_DATE' });
  });

  it('composes IDs that parse back to their parts', () => {
    const id = composeResidentId('430102', '1990-02-28', 17, 'male');
    expect(parseResidentId(id)).toEqual({ ok: true, facts: { areaCode: '430102', birthDate: '1990-02-28', sex: 'male' } });
  });
});
