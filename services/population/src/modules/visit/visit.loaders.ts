import { groupLoader, latestLoader, perRequest } from '@cp/service-kit';
import { VisitEntity } from './visit.entity';
import { VisitPhotoEntity } from './visit-photo.entity';

/** The latest 20 visits of many subjects, in one statement. */
export const visitsBySubject = perRequest(({ em }) => latestLoader(em, VisitEntity, 'subjectId', 'at', 20));

/** The photos of many visits, in one statement, without their bytes (those are lazy). */
export const photosByVisit = perRequest(({ em }) =>
  groupLoader(
    (visitIds) => em.find(VisitPhotoEntity, { visitId: { $in: visitIds } }, { orderBy: { createdAt: 'asc' } }),
    (p) => p.visitId,
  ),
);
