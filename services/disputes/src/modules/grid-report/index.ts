import { defineModule } from '@cp/service-kit';
import { GridEventReportEntity } from './grid-report.entity';
import { GridReportResolver } from './grid-report.resolver';

/** Events reported by partner grid-management systems, to be taken up as disputes. */
export const gridReportModule = defineModule({
  name: 'grid-report',
  entities: [GridEventReportEntity],
  resolvers: [GridReportResolver],
});
