import type { ResidentEntity } from './resident.entity';
import type { Resident } from './resident.type';

/** Entity → public type. `reveal` says whether the caller may read personal data in clear. */
export function toResident(e: ResidentEntity, reveal: boolean): Resident {
  return {
    id: e.id,
    name: e.name,
    sex: e.sex,
    birthDate: e.birthDate,
    kind: e.kind,
    originArea: e.originArea ?? null,
    documentKind: e.documentKind,
    nationality: e.nationality ?? null,
    arrivedOn: e.arrivedOn ?? null,
    residenceRegisteredOn: e.residenceRegisteredOn ?? null,
    version: e.version,
    verifiedAt: e.verifiedAt?.toISOString() ?? null,
    communityId: e.community.id,
    stationId: e.station.id,
    addressId: e.address?.id ?? null,
    idNumberClear: e.idNumber,
    phoneClear: e.phone ?? null,
    reveal,
  };
}
