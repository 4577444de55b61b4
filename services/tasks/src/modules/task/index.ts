import { defineModule } from '@cp/service-kit';
import { TaskEntity } from './task.entity';
import { TaskResolver } from './task.resolver';

/** Directed and pushed tasks, each officer's inbox, and closing a task by its record. */
export const taskModule = defineModule({
  name: 'task',
  entities: [TaskEntity],
  resolvers: [TaskResolver],
});
