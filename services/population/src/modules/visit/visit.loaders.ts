import DataLoader from 'dataloader';
import { perRequest } from '@cp/service-kit';
import { VisitEntity } from './visit.entity';

/** The latest 20 visits of many subjects, in one statement. */
export const visitsBySubject = perRequest(
  ({ em }) =>
    new DataLoader<string, VisitEntity[]>(async (ids) => {
      const rows: VisitEntity[] = await em
        .getConnection()
        .execute(
          `select * from (select v.*, row_number() over (partition by subject_id order by at desc) as n from visit v where subject_id = any(?::uuid[])) x where n <= 20 order by at desc`,
          [`{${ids.join(',')}}`],
        )
        .then((raw) => raw.map((r: Record<string, unknown>) => em.map(VisitEntity, r)));
      return ids.map((id) => rows.filter((v) => v.subjectId === id));
    }),
);
