import { periodLoader, perRequest } from '@cp/service-kit';
import { disputeFactsOf } from './dispute-facts';
import type { DisputeFacts } from './facts.type';

/** Per period, the facts of every community asked for in this request, in one statement. */
export const factsOf = perRequest(({ em }) =>
  periodLoader<DisputeFacts>(async (ids, from, to) => {
    const facts = await disputeFactsOf(em, ids, from, to);
    return ids.map((id) => facts.get(id)!);
  }),
);
