import { composeSubgraph } from '@cp/service-kit';
import { migrations } from './migrations';
import { admissionModule } from './modules/admission';
import { dailyModule } from './modules/daily';
import { pushModule } from './modules/push';
import { taskModule } from './modules/task';
import { templateModule } from './modules/template';

export const tasksSubgraph = composeSubgraph({
  name: 'tasks',
  modules: [templateModule, admissionModule, taskModule, pushModule, dailyModule],
  migrations,
});
