import type { OfficerEntity } from './officer.entity';
import type { Officer } from './officer.type';

export const toOfficer = (e: OfficerEntity): Officer => ({
  id: e.id,
  badgeNo: e.badgeNo,
  name: e.name,
  role: e.role,
  sworn: e.sworn,
  phone: e.phone ?? null,
  version: e.version,
  stationId: e.stationId,
});
