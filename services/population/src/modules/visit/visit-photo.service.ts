import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { readsInClear } from '@cp/auth';
import { decodePhoto, DomainError, holds, mutation, oncePerClientKey, photoDataUrl, refuse, type BaseContext } from '@cp/service-kit';
import { VisitEntity, VisitSubject } from './visit.entity';
import { VisitPhotoEntity } from './visit-photo.entity';
import type { AttachVisitPhotoInput, VisitPhoto, VisitPhotoImage, VisitPhotoPayload } from './visit.type';

/** A record proves what it needs with a few photos; more is an album, not evidence. */
export const PHOTOS_PER_VISIT = 4;

export const toVisitPhoto = (p: VisitPhotoEntity): VisitPhoto => ({
  id: p.id,
  contentType: p.contentType,
  size: p.size,
  sha256: p.sha256,
  createdAt: p.createdAt.toISOString(),
});

/** What the audit trail calls the subject whose photo was seen. */
const AUDIT_SUBJECT: Record<VisitSubject, string> = { [VisitSubject.resident]: 'Resident', [VisitSubject.housing]: 'Housing', [VisitSubject.unit]: 'Unit' };

/**
 * 现场照片: added by the officer who made the record (from the phone, after the record itself,
 * perhaps from the outbox long after it was taken), and shown only to those who may read the
 * record. A photo of a person or a home shows what no mask can hide, so it is served like a
 * personal field in clear: to the officers answering for the place through their own posts,
 * and each view is in the audit trail. Inspection photos of a unit go to the jurisdiction.
 */
export class VisitPhotoService {
  constructor(private readonly ctx: BaseContext) {}

  attach(input: AttachVisitPhotoInput): Promise<VisitPhotoPayload> {
    return mutation('photo', null, () =>
      oncePerClientKey(
        input.clientKey,
        async (clientKey) => {
          const mine = await this.ctx.em.findOne(VisitPhotoEntity, { clientKey });
          const visit = mine && (await this.ctx.em.findOne(VisitEntity, { id: mine.visitId }));
          return visit && this.isAuthor(visit) ? toVisitPhoto(mine!) : null;
        },
        () => this.write(input),
      ),
    );
  }

  private async write(input: AttachVisitPhotoInput): Promise<VisitPhoto> {
    if (!input.visitId === !input.visitClientKey) refuse('PHOTO_VISIT_REQUIRED', '请指明照片所属的记录（visitId 或 visitClientKey 二选一）', 'visitId');
    const photo = decodePhoto(input.photo, 'photo');
    return this.ctx.em.transactional(async (tx) => {
      // the record locked: two photos sent at once cannot both be the fourth
      const visit = await tx.findOne(VisitEntity, input.visitId ? { id: input.visitId } : { clientKey: input.visitClientKey }, {
        lockMode: LockMode.PESSIMISTIC_WRITE,
      });
      if (!visit) refuse('PHOTO_VISIT_NOT_FOUND', '照片所属的记录不存在（离线记录须先发送）', input.visitId ? 'visitId' : 'visitClientKey');
      if (!this.isAuthor(visit)) refuse('PHOTO_NOT_AUTHOR', '只有记录人可以为记录添加现场照片', 'visitId');
      if ((await tx.count(VisitPhotoEntity, { visitId: visit.id })) >= PHOTOS_PER_VISIT) {
        refuse('PHOTO_COUNT', `每条记录最多 ${PHOTOS_PER_VISIT} 张现场照片`, 'photo');
      }
      const row = tx.create(VisitPhotoEntity, {
        id: randomUUID(),
        visitId: visit.id,
        contentType: photo.contentType,
        size: photo.bytes.length,
        sha256: photo.sha256,
        data: photo.bytes,
        createdAt: new Date(),
        clientKey: input.clientKey ?? null,
      });
      await tx.flush();
      return toVisitPhoto(row);
    });
  }

  /** One photo with its image, or null where the caller may not see the record at all. */
  async image(id: string): Promise<VisitPhotoImage | null> {
    const row = await this.ctx.em.findOne(VisitPhotoEntity, { id }, { populate: ['data'] });
    const visit = row && (await this.ctx.em.findOne(VisitEntity, { id: row.visitId }));
    if (!row || !visit || !holds(this.ctx.claims, visit)) return null;
    if (visit.subjectType !== VisitSubject.unit) {
      if (!readsInClear(this.ctx.claims, visit)) throw new DomainError('PHOTO_WITHHELD', '现场照片含个人信息，仅限负责该社区的民警和本所所长查看', 'id');
      this.ctx.audit.record(AUDIT_SUBJECT[visit.subjectType], visit.subjectId, 'visitPhoto', false);
    }
    return { ...toVisitPhoto(row), dataUrl: photoDataUrl(row.contentType, row.data) };
  }

  private isAuthor(visit: VisitEntity): boolean {
    const claims = this.ctx.claims!;
    return claims.officerId ? visit.officerId === claims.officerId : visit.officerId == null && visit.officerName === claims.name;
  }
}
