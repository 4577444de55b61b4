import type { Claims } from './claims';

/** Where a person's record belongs: the station and community whose officers answer for it. */
export interface PersonPlace {
  stationId: string;
  communityId: string;
}

/**
 * Who reads a person's ID number, phone and birth date in clear: only the officers who answer
 * for the record's place through their own posts — the station head of its station, the A/B
 * officers of its community. The lists in the claims are computed at login from the linked
 * officer's posts and headship, never from a role alone: a district administrator (jurisdiction
 * over everything, posts nowhere) reads masks, and so do partners and the platform's services.
 */
export function readsInClear(claims: Claims | null, place: PersonPlace): boolean {
  if (!claims || claims.roles.includes('partner')) return false;
  return claims.stationIds.includes(place.stationId) || claims.communityIds.includes(place.communityId);
}

/** Whether the caller reads personal data in clear anywhere at all (else every answer is masked). */
export const readsInClearAnywhere = (claims: Claims | null): boolean =>
  !!claims && !claims.roles.includes('partner') && (claims.stationIds.length > 0 || claims.communityIds.length > 0);

/**
 * The personal fields of a person, each with its mask. One function decides per field, and the
 * masks are chosen together so that no combination gives back what one of them hides:
 * - `idNumber` (18-character resident ID) keeps the area code and the last four (sequence and
 *   check digit) and hides the eight birth-date digits;
 * - `birthDate` is therefore withheld altogether (with it, the masked ID is the full ID);
 *   `sex` stays, as the masked ID's sequence digit already tells it;
 * - `passport` keeps its first letter and last two;
 * - `phone` keeps the operator prefix and the last four.
 */
export const PERSONAL_FIELDS = {
  idNumber: (v: string) => `${v.slice(0, 6)}********${v.slice(-4)}`,
  passport: (v: string) => `${v.slice(0, 1)}${'*'.repeat(Math.max(v.length - 3, 3))}${v.slice(-2)}`,
  birthDate: () => null,
  phone: (v: string) => (v.length >= 7 ? `${v.slice(0, 3)}****${v.slice(-4)}` : '****'),
} as const satisfies Record<string, (v: string) => string | null>;
export type PersonalField = keyof typeof PERSONAL_FIELDS;

/** A personal field as this caller may see it: the value in clear, or its mask. */
export function disclose(field: PersonalField, value: string | null | undefined, clear: boolean): string | null {
  if (value === null || value === undefined || value === '') return null;
  return clear ? value : PERSONAL_FIELDS[field](value);
}
