import { randomUUID } from 'node:crypto';
import { documentHash } from '@cp/auth';
import { mutation, refuse, type BaseContext } from '@cp/service-kit';
import { GraphQLError, Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { PartnerClientEntity, PartnerOperationEntity } from './partner.entity';
import type { PartnerOperation, PartnerOperationPayload, TrustedPartnerOperation } from './partner.type';

export const toOperation = (o: PartnerOperationEntity): PartnerOperation => ({
  name: o.name,
  hash: o.hash,
  document: o.document,
  registeredAt: o.registeredAt.toISOString(),
});

/**
 * 可信文档: the operations a partner has handed over and an administrator registered. The
 * gateway learns them from `trusted()`; in production it runs nothing else for that partner.
 */
export class PartnerOperationService {
  constructor(private readonly ctx: BaseContext) {}

  /** Registers one named operation (registering the same one again changes nothing). */
  register(partnerId: string, text: string): Promise<PartnerOperationPayload> {
    return mutation('operation', null, async () => {
      if (!(await this.ctx.em.count(PartnerClientEntity, { id: partnerId, revokedAt: null }))) {
        refuse('PARTNER_NOT_FOUND', '该合作平台不存在或已吊销', 'partnerId');
      }
      let operations: OperationDefinitionNode[];
      try {
        const doc = parse(text);
        operations = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      } catch (err) {
        refuse('OPERATION_SYNTAX', `操作文本无法解析：${(err as GraphQLError).message}`, 'document');
      }
      if (operations.length !== 1 || !operations[0].name) refuse('OPERATION_NAME_REQUIRED', '每次登记一个具名操作，如 query GridResidents { … }', 'document');
      const hash = documentHash(text);
      const existing = await this.ctx.em.findOne(PartnerOperationEntity, { partnerId, hash });
      if (existing) return toOperation(existing);
      const created = this.ctx.em.create(PartnerOperationEntity, {
        id: randomUUID(),
        partnerId,
        name: operations[0].name.value,
        hash,
        document: print(parse(text)),
        registeredAt: new Date(),
      });
      await this.ctx.em.flush();
      return toOperation(created);
    });
  }

  async remove(partnerId: string, hash: string): Promise<boolean> {
    return (await this.ctx.em.nativeDelete(PartnerOperationEntity, { partnerId, hash })) > 0;
  }

  /** Every registered operation of every partner that is not revoked (for the gateway). */
  async trusted(): Promise<TrustedPartnerOperation[]> {
    const rows = await this.ctx.em
      .getConnection()
      .execute<Array<{ partner_id: string; hash: string; document: string }>>(
        `select o.partner_id, o.hash, o.document from partner_operation o join partner_client p on p.id = o.partner_id where p.revoked_at is null`,
      );
    return rows.map((r) => ({ partnerId: r.partner_id, hash: r.hash, document: r.document }));
  }
}
