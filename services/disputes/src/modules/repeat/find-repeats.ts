import type { EntityManager } from '@mikro-orm/postgresql';
import { DisputeEntity, DisputePartyEntity } from '../dispute/dispute.entity';
import type { RepeatReason } from './repeat-link.entity';

export interface RepeatProbe {
  id: string;
  communityId: string;
  addressKey: string | null;
  residentIds: string[];
  /** Parties known only by name: matched by name within the same community. */
  names: string[];
  reportedAt: Date;
}

/**
 * 重复报警: earlier disputes within the window sharing a party (the same resident, or the same
 * name in the same community) or the same address. Two statements, whatever the history's size.
 */
export async function findRepeats(
  em: EntityManager,
  probe: RepeatProbe,
  windowDays: number,
): Promise<Map<string, { dispute: DisputeEntity; reasons: RepeatReason[] }>> {
  const since = new Date(probe.reportedAt.getTime() - windowDays * 86_400_000);
  const window = { id: { $ne: probe.id }, reportedAt: { $gte: since, $lte: probe.reportedAt } };
  const found = new Map<string, { dispute: DisputeEntity; reasons: RepeatReason[] }>();
  const add = (d: DisputeEntity, reason: RepeatReason) => {
    const hit = found.get(d.id) ?? { dispute: d, reasons: [] };
    if (!hit.reasons.includes(reason)) hit.reasons.push(reason);
    found.set(d.id, hit);
  };
  const byParty = [
    ...(probe.residentIds.length ? [{ residentId: { $in: probe.residentIds } }] : []),
    ...(probe.names.length ? [{ residentId: null, name: { $in: probe.names }, dispute: { communityId: probe.communityId } }] : []),
  ];
  if (byParty.length) {
    const parties = await em.find(DisputePartyEntity, { $and: [{ $or: byParty }, { dispute: window }] }, { populate: ['dispute'] });
    for (const p of parties) add(p.dispute, 'same_party');
  }
  if (probe.addressKey) {
    for (const d of await em.find(DisputeEntity, { addressKey: probe.addressKey, ...window })) add(d, 'same_address');
  }
  return found;
}
