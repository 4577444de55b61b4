import type { DisputeEventEntity } from './event.entity';
import type { Attachment, DisputeEvent } from './lifecycle.type';
import type { DisputeAction } from './state-machine';

export const toDisputeEvent = (e: DisputeEventEntity): DisputeEvent => ({
  id: e.id,
  at: e.at.toISOString(),
  kind: e.kind,
  action: (e.action as DisputeAction | null) ?? null,
  fromStatus: e.fromStatus ?? null,
  toStatus: e.toStatus ?? null,
  actorName: e.actorName,
  note: e.note ?? null,
  attachments: e.attachments.map((a): Attachment => ({ ...a, sha256: a.sha256 ?? null })),
  details: e.details ? JSON.stringify(e.details) : null,
});
