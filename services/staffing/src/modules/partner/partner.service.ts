import { randomBytes, randomUUID } from 'node:crypto';
import { PARTNER_SCOPES, signUserToken, type Claims } from '@cp/auth';
import { atVersion, expectVersion, found, mutation, refuse, userError, type BaseContext } from '@cp/service-kit';
import bcrypt from 'bcryptjs';
import type { EntityManager } from '@mikro-orm/postgresql';
import { tokenSettings, type TokenSettings } from '../account/account.service';
import { endSessionsOf } from '../session/end-sessions';
import { IssuedSessionEntity } from '../session/session.entity';
import { PartnerClientEntity } from './partner.entity';
import type { PartnerClient, PartnerPayload, PartnerSecretPayload, PartnerTokenPayload, RegisterPartnerInput } from './partner.type';

/** Partner tokens are short: a leaked one is worth little, and revocation bites within minutes. */
export const PARTNER_TOKEN_TTL_SECONDS = 900;
const DUMMY_HASH = bcrypt.hashSync('not-a-secret', 10);

export const toPartner = (p: PartnerClientEntity): PartnerClient => ({
  id: p.id,
  name: p.name,
  clientId: p.clientId,
  communities: p.communityIds.map((id) => ({ id })),
  scopes: p.scopes,
  departmentCode: p.departmentCode ?? null,
  createdAt: p.createdAt.toISOString(),
  rotatedAt: p.rotatedAt?.toISOString() ?? null,
  revokedAt: p.revokedAt?.toISOString() ?? null,
  version: p.version,
});

const newSecret = () => randomBytes(24).toString('base64url');

/** 警网融合: partner clients, their credentials (client-credentials exchange), rotation and revocation. */
export class PartnerService {
  private readonly tokens: TokenSettings;

  constructor(private readonly ctx: BaseContext) {
    this.tokens = ctx.use(tokenSettings);
  }

  async list(): Promise<PartnerClient[]> {
    return (await this.ctx.em.find(PartnerClientEntity, {}, { orderBy: { createdAt: 'desc' } })).map(toPartner);
  }

  register(input: RegisterPartnerInput): Promise<PartnerSecretPayload> {
    return mutation({ partner: null, clientSecret: null }, input, async () => {
      const unknown = input.scopes.filter((s) => !(s in PARTNER_SCOPES));
      if (unknown.length) refuse('PARTNER_SCOPE_UNKNOWN', `未知的授权范围：${unknown.join('、')}`, 'scopes');
      const departmentCode = input.departmentCode?.trim() || null;
      if (input.scopes.includes('tasks:push') && !departmentCode) {
        refuse('PARTNER_DEPARTMENT_REQUIRED', '授予「推送任务」须指明所代表的职能部门', 'departmentCode');
      }
      const secret = newSecret();
      const partner = this.ctx.em.create(PartnerClientEntity, {
        id: randomUUID(),
        name: input.name.trim(),
        clientId: `pc_${randomBytes(9).toString('base64url')}`,
        secretHash: await bcrypt.hash(secret, 10),
        communityIds: [...new Set(input.communityIds)],
        scopes: [...new Set(input.scopes)],
        departmentCode,
        createdAt: new Date(),
        version: 1,
      });
      await this.ctx.em.flush();
      return { partner: toPartner(partner), clientSecret: secret };
    });
  }

  /**
   * A new secret; the old one stops working at once, and so do the tokens issued with it (the
   * gateway refuses their sessions). A revoked partner stays revoked: no new secret.
   */
  rotate(id: string, version: number): Promise<PartnerSecretPayload> {
    return mutation({ partner: null, clientSecret: null }, null, async () => {
      const secret = newSecret();
      const hash = await bcrypt.hash(secret, 10);
      const partner = await this.change(
        id,
        version,
        async (tx, p) => {
          Object.assign(p, { secretHash: hash, rotatedAt: new Date() });
          await endSessionsOf(tx, p.id);
        },
        (p) => {
          if (p.revokedAt) refuse('PARTNER_REVOKED', '该合作平台已被吊销，不能轮换密钥', 'id');
        },
      );
      return { partner, clientSecret: secret };
    });
  }

  /** Revocation ends every token the partner holds at once, not when they expire. */
  revoke(id: string, version: number): Promise<PartnerPayload> {
    return mutation('partner', null, () =>
      this.change(id, version, async (tx, p) => {
        p.revokedAt ??= new Date();
        await endSessionsOf(tx, p.id);
      }),
    );
  }

  /** Client-credentials exchange. Unknown, wrong and revoked all get the same answer. */
  async token(clientId: string, clientSecret: string): Promise<PartnerTokenPayload> {
    const refused = { accessToken: null, expiresIn: null, errors: [userError('PARTNER_CREDENTIALS_INVALID', '客户端标识或密钥错误，或该客户端已被吊销')] };
    const p = await this.ctx.em.findOne(PartnerClientEntity, { clientId: clientId.trim() });
    const ok = await bcrypt.compare(clientSecret, p?.secretHash ?? DUMMY_HASH);
    if (!p || !ok || p.revokedAt) return refused;
    const claims: Claims = {
      jti: randomUUID(),
      sub: `partner:${p.id}`,
      username: p.clientId,
      name: p.name,
      roles: ['partner'],
      stationIds: [],
      communityIds: p.communityIds,
      scopes: p.scopes,
      ...(p.departmentCode ? { departmentCode: p.departmentCode } : {}),
    };
    // a session like a login's, so that revoking or rotating ends the token at once
    const issuedAt = new Date();
    await this.ctx.em.insert(IssuedSessionEntity, {
      jti: claims.jti!,
      accountId: p.id,
      issuedAt,
      expiresAt: new Date(+issuedAt + PARTNER_TOKEN_TTL_SECONDS * 1000),
    });
    return { accessToken: await signUserToken(claims, this.tokens.secret, PARTNER_TOKEN_TTL_SECONDS), expiresIn: PARTNER_TOKEN_TTL_SECONDS, errors: [] };
  }

  /** Applies a change at the version seen (so a refusal by `check`, made first, cannot race another edit). */
  private async change(
    id: string,
    version: number,
    apply: (tx: EntityManager, p: PartnerClientEntity) => Promise<void>,
    check: (p: PartnerClientEntity) => void = () => undefined,
  ): Promise<PartnerClient> {
    const p = found(await this.ctx.em.findOne(PartnerClientEntity, { id }), 'PARTNER_NOT_FOUND', '合作平台');
    expectVersion(p, version);
    check(p);
    return toPartner(await atVersion(this.ctx.em, p, version, async (tx, managed) => (await apply(tx, managed), managed)));
  }
}
