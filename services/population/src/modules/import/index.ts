import { defineModule } from '@cp/service-kit';
import { ImportJobEntity, ImportRowEntity } from './import.entity';
import { ImportResolver } from './import.resolver';

/** Spreadsheet imports of residents, checked row by row before anything is written. */
export const importModule = defineModule({
  name: 'import',
  entities: [ImportJobEntity, ImportRowEntity],
  resolvers: [ImportResolver],
});
