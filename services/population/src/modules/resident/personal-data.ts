import type { Claims } from '@cp/auth';
import { DocumentKind } from './resident.entity';

/**
 * Who may read ID numbers and phones in clear: the officers who answer for the person's
 * community (reads are already limited to their jurisdiction). Everyone else sees masks.
 */
export const mayReadPersonalData = (claims: Claims | null): boolean => !!claims && claims.roles.some((r) => r === 'community_officer' || r === 'station_head');

export const maskIdNumber = (id: string): string => `${id.slice(0, 6)}********${id.slice(-4)}`;
/** A passport keeps only its first letter and last two characters. */
export const maskPassport = (no: string): string => `${no.slice(0, 1)}${'*'.repeat(Math.max(no.length - 3, 3))}${no.slice(-2)}`;
export const maskDocument = (kind: DocumentKind, no: string): string => (kind === DocumentKind.passport ? maskPassport(no) : maskIdNumber(no));
export const maskPhone = (phone: string): string => (phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****');
