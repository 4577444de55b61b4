import { randomBytes, randomUUID } from 'node:crypto';
import { PARTNER_SCOPES, signUserToken, type Claims } from '@cp/auth';
import { staleVersion, updateWithVersion, userError, validateInput, type BaseContext, type UserError } from '@cp/service-kit';
import bcrypt from 'bcryptjs';
import type { TokenSettings } from '../account/account.service';
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
  createdAt: p.createdAt.toISOString(),
  rotatedAt: p.rotatedAt?.toISOString() ?? null,
  revokedAt: p.revokedAt?.toISOString() ?? null,
  version: p.version,
});

const newSecret = () => randomBytes(24).toString('base64url');

/** 警网融合: partner clients, their credentials (client-credentials exchange), rotation and revocation. */
export class PartnerService {
  constructor(
    private readonly ctx: BaseContext,
    private readonly tokens: TokenSettings,
  ) {}

  async list(): Promise<PartnerClient[]> {
    return (await this.ctx.em.find(PartnerClientEntity, {}, { orderBy: { createdAt: 'desc' } })).map(toPartner);
  }

  async register(input: RegisterPartnerInput): Promise<PartnerSecretPayload> {
    const problems = await validateInput(input);
    const unknown = input.scopes.filter((s) => !(s in PARTNER_SCOPES));
    if (unknown.length) problems.push(userError('PARTNER_SCOPE_UNKNOWN', `未知的授权范围：${unknown.join('、')}`, 'scopes'));
    if (problems.length) return { partner: null, clientSecret: null, errors: problems };
    const secret = newSecret();
    const partner = this.ctx.em.create(PartnerClientEntity, {
      id: randomUUID(),
      name: input.name.trim(),
      clientId: `pc_${randomBytes(9).toString('base64url')}`,
      secretHash: await bcrypt.hash(secret, 10),
      communityIds: [...new Set(input.communityIds)],
      scopes: [...new Set(input.scopes)],
      createdAt: new Date(),
      version: 1,
    });
    await this.ctx.em.flush();
    return { partner: toPartner(partner), clientSecret: secret, errors: [] };
  }

  /** A new secret; the old one stops working at once (tokens already issued expire within 15 minutes). */
  async rotate(id: string, version: number): Promise<PartnerSecretPayload> {
    const secret = newSecret();
    const hash = await bcrypt.hash(secret, 10);
    const changed = await this.change(id, version, (p) => Object.assign(p, { secretHash: hash, rotatedAt: new Date() }));
    return { ...changed, clientSecret: changed.partner ? secret : null };
  }

  revoke(id: string, version: number): Promise<PartnerPayload> {
    return this.change(id, version, (p) => (p.revokedAt ??= new Date()));
  }

  /** Client-credentials exchange. Unknown, wrong and revoked all get the same answer. */
  async token(clientId: string, clientSecret: string): Promise<PartnerTokenPayload> {
    const refused = { accessToken: null, expiresIn: null, errors: [userError('PARTNER_CREDENTIALS_INVALID', '客户端标识或密钥错误，或该客户端已被吊销')] };
    const p = await this.ctx.em.findOne(PartnerClientEntity, { clientId: clientId.trim() });
    const ok = await bcrypt.compare(clientSecret, p?.secretHash ?? DUMMY_HASH);
    if (!p || !ok || p.revokedAt) return refused;
    const claims: Claims = {
      sub: `partner:${p.id}`,
      username: p.clientId,
      name: p.name,
      roles: ['partner'],
      stationIds: [],
      communityIds: p.communityIds,
      scopes: p.scopes,
    };
    return { accessToken: await signUserToken(claims, this.tokens.secret, PARTNER_TOKEN_TTL_SECONDS), expiresIn: PARTNER_TOKEN_TTL_SECONDS, errors: [] };
  }

  private async change(id: string, version: number, apply: (p: PartnerClientEntity) => unknown): Promise<PartnerPayload> {
    const refused = (e: UserError) => ({ partner: null, errors: [e] });
    const p = await this.ctx.em.findOne(PartnerClientEntity, { id });
    if (!p) return refused(userError('PARTNER_NOT_FOUND', '该合作平台不存在', 'id'));
    if (p.version !== version) return refused(staleVersion());
    const result = await updateWithVersion(this.ctx.em, p, version, (_tx, managed) => {
      apply(managed);
      return managed;
    });
    return result.ok ? { partner: toPartner(result.value), errors: [] } : refused(result.error);
  }
}
