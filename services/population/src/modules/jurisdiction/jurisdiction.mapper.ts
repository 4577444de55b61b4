import type { CommunityEntity, GridEntity, StationEntity } from './jurisdiction.entity';
import type { Community, Grid, Station } from './jurisdiction.type';

export const toStation = (e: StationEntity): Station => ({ id: e.id, code: e.code, name: e.name, districtName: e.districtName });
export const toCommunity = (e: CommunityEntity): Community => ({ id: e.id, code: e.code, name: e.name, stationId: e.station.id });
export const toGrid = (e: GridEntity): Grid => ({ id: e.id, name: e.name, kind: e.kind, boundary: e.boundary ?? null, communityId: e.community.id });
