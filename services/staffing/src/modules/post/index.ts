import { defineModule } from '@cp/service-kit';
import { PostEntity } from './post.entity';

/** A and B posts (A/B岗) and auxiliaries of each community; served through the officer module's fields. */
export const postModule = defineModule({
  name: 'post',
  entities: [PostEntity],
});
