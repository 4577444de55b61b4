import { defineModule } from '@cp/service-kit';
import { TaskTemplateEntity } from './template.entity';
import { TaskTemplateResolver } from './template.resolver';
import { seedTemplates } from './template.seed';

/** 任务标准件: the district's catalogue of what may be asked of community officers. */
export const templateModule = defineModule({
  name: 'template',
  entities: [TaskTemplateEntity],
  resolvers: [TaskTemplateResolver],
  seed: seedTemplates,
});
