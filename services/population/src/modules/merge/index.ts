import { defineModule } from '@cp/service-kit';
import { ResidentMergeEntity } from './merge.entity';
import { MergeResolver } from './merge.resolver';

/** Merging duplicate resident records (重复人员合并). */
export const mergeModule = defineModule({
  name: 'merge',
  entities: [ResidentMergeEntity],
  resolvers: [MergeResolver],
});
