import type { PersonalField } from '@cp/auth';
import { DocumentKind, type ResidentEntity } from './resident.entity';
import type { Resident } from './resident.type';

/** A resident as a page reads it: the entity's own columns, its relations as their ids (no entity built). */
export type ResidentRow = Omit<ResidentEntity, 'station' | 'community' | 'address'> & { station: string; community: string; address: string | null };

const idOf = (ref: string | { id: string }) => (typeof ref === 'string' ? ref : ref.id);

/** Entity (or row) → public type, masked until the service decides the caller may read it in clear. */
export function toResident(e: ResidentEntity | ResidentRow): Resident {
  return {
    id: e.id,
    name: e.name,
    sex: e.sex,
    birthDateClear: e.birthDate,
    kind: e.kind,
    originArea: e.originArea ?? null,
    documentKind: e.documentKind,
    nationality: e.nationality ?? null,
    arrivedOn: e.arrivedOn ?? null,
    residenceRegisteredOn: e.residenceRegisteredOn ?? null,
    version: e.version,
    verifiedAt: e.verifiedAt?.toISOString() ?? null,
    registeredAt: new Date(e.createdAt).toISOString(),
    communityId: idOf(e.community),
    stationId: idOf(e.station),
    addressId: e.address ? idOf(e.address) : null,
    idNumberClear: e.idNumber,
    phoneClear: e.phone ?? null,
    reveal: false,
  };
}

/** Which mask a document number takes: a passport's, or a resident ID's. */
export const documentField = (kind: DocumentKind): PersonalField => (kind === DocumentKind.passport ? 'passport' : 'idNumber');
