import { defineModule } from '@cp/service-kit';
import { VisitEntity } from './visit.entity';
import { VisitPhotoEntity } from './visit-photo.entity';
import { HousingVisitsResolver, ResidentVisitsResolver, UnitVisitsResolver, VisitResolver, VisitSubjectResolver } from './visit.resolver';

/** Visits and inspections of residents, units and dwellings (走访、检查). */
export const visitModule = defineModule({
  name: 'visit',
  entities: [VisitEntity, VisitPhotoEntity],
  resolvers: [VisitResolver, ResidentVisitsResolver, UnitVisitsResolver, HousingVisitsResolver, VisitSubjectResolver],
});
