import type { DisputesContext as C } from './context';

type Ref = { id: string };

/** Entities of other subgraphs need only their key here; Dispute goes through its loader. */
export const references = {
  Dispute: { __resolveReference: (ref: Ref, ctx: C) => ctx.disputes.get(ref.id) },
  Resident: { __resolveReference: (ref: Ref) => ({ id: ref.id }) },
  Community: { __resolveReference: (ref: Ref) => ({ id: ref.id }) },
};
