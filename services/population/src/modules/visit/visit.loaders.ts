import { latestLoader, perRequest } from '@cp/service-kit';
import { VisitEntity } from './visit.entity';

/** The latest 20 visits of many subjects, in one statement. */
export const visitsBySubject = perRequest(({ em }) => latestLoader(em, VisitEntity, 'subjectId', 'at', 20));
