/** GB 11643-1999 weights of the first 17 digits, and the check character for each sum mod 11. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

export type ResidentIdProblem = 'FORMAT' | 'BIRTH_DATE' | 'CHECKSUM';

export interface ResidentIdFacts {
  /** Administrative division code of the place of registration (first 6 digits). */
  areaCode: string;
  birthDate: string; // YYYY-MM-DD
  sex: 'male' | 'female';
}

/** Parses an 18-character resident ID; returns its facts or the first problem found. */
export function parseResidentId(raw: string, today = new Date()): { ok: true; facts: ResidentIdFacts } | { ok: false; problem: ResidentIdProblem } {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, problem: 'FORMAT' };
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  if (!real || y < 1900 || date > today) return { ok: false, problem: 'BIRTH_DATE' };
  if (checkCharacter(id) !== id[17]) return { ok: false, problem: 'CHECKSUM' };
  return {
    ok: true,
    facts: {
      areaCode: id.slice(0, 6),
      birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`,
      sex: Number(id[16]) % 2 === 1 ? 'male' : 'female',
    },
  };
}

/** Builds a valid ID from its parts (demo data and test fixtures). */
export function composeResidentId(areaCode: string, birthDate: string, sequence: number, sex: 'male' | 'female'): string {
  const seq = sequence % 500;
  const order = seq * 2 + (sex === 'male' ? 1 : 0);
  const first17 = `${areaCode}${birthDate.replaceAll('-', '')}${String(order).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}
