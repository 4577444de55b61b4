import { byIdLoader, groupLoader, perRequest } from '@cp/service-kit';
import { OfficerEntity } from './officer.entity';
import { PostHistoryEntity } from './post-history.entity';

export const officerById = perRequest(({ em }) => byIdLoader(em, OfficerEntity));

export const officersByStation = perRequest(({ em }) =>
  groupLoader(
    (stationIds) => em.find(OfficerEntity, { stationId: { $in: stationIds } }, { orderBy: { badgeNo: 'asc' } }),
    (o) => o.stationId,
  ),
);

export const postHistory = perRequest(({ em }) =>
  groupLoader(
    (ids) => em.find(PostHistoryEntity, { officer: { $in: ids } }, { orderBy: { startedAt: 'desc' } }),
    (h) => h.officer.id,
  ),
);
