import type { ResidentEntity } from './resident.entity';
import type { Resident } from './resident.type';
import { maskIdNumber, maskPhone } from './personal-data';

/** Entity → public type. Masks personal data unless `reveal`; the clear values never leave otherwise. */
export function toResident(e: ResidentEntity, reveal: boolean): Resident {
  return {
    id: e.id,
    name: e.name,
    idNumber: reveal ? e.idNumber : maskIdNumber(e.idNumber),
    masked: !reveal,
    sex: e.sex,
    birthDate: e.birthDate,
    phone: e.phone ? (reveal ? e.phone : maskPhone(e.phone)) : null,
    kind: e.kind,
    originArea: e.originArea ?? null,
    version: e.version,
    communityId: e.community.id,
    stationId: e.station.id,
    addressId: e.address?.id ?? null,
  };
}
