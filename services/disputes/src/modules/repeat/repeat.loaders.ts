import { groupLoader, perRequest } from '@cp/service-kit';
import { DisputeRepeatLinkEntity } from './repeat-link.entity';

/** Links to the earlier disputes a dispute repeats; the earlier ones come joined. */
export const repeatsOf = perRequest(({ em }) =>
  groupLoader(
    (ids) => em.find(DisputeRepeatLinkEntity, { dispute: { $in: ids } }, { populate: ['earlier'], strategy: 'joined' }),
    (l) => l.dispute.id,
  ),
);

export const repeatedBy = perRequest(({ em }) =>
  groupLoader(
    (ids) => em.find(DisputeRepeatLinkEntity, { earlier: { $in: ids } }, { populate: ['dispute'], strategy: 'joined' }),
    (l) => l.earlier.id,
  ),
);
