import { randomUUID } from 'node:crypto';
import type { Claims } from '@cp/auth';
import type { EntityManager } from '@mikro-orm/postgresql';
import { madeInCommunity, type Position } from '../jurisdiction/locate';
import { LocatedRegistrationEntity, type RegisteredSubject } from './located.entity';

/**
 * Keeps where a registration was made (inside the caller's transaction, so the two stand or fall
 * together). Only an officer's registration with a position counts: a desk entry has neither.
 */
export async function keepRegistrationPlace(
  tx: EntityManager,
  claims: Claims | null,
  subject: { type: RegisteredSubject; id: string; communityId: string },
  position: Position | null | undefined,
): Promise<void> {
  if (!position || !claims?.officerId) return;
  tx.create(LocatedRegistrationEntity, {
    id: randomUUID(),
    subjectType: subject.type,
    subjectId: subject.id,
    officerId: claims.officerId,
    communityId: subject.communityId,
    at: new Date(),
    lat: position.lat,
    lng: position.lng,
    accuracy: position.accuracy ?? null,
    inCommunity: !!(await madeInCommunity(tx, subject.communityId, position)),
  });
}
