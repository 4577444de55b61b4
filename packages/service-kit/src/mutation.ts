import { inJurisdiction, type Claims } from '@cp/auth';
import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { BaseContext } from './definition';
import { userError, validateInput, type UserError } from './errors';
import { requireJurisdiction } from './jurisdiction';
import { staleVersion, updateWithVersion } from './optimistic';

/**
 * One mechanism for every mutation of every subgraph:
 *
 *   validate (the input type's rules) → load → authorize by jurisdiction → check the version
 *   → the domain's checks → apply in one transaction → the payload, with coded errors.
 *
 * `mutation` runs the steps and turns a refusal into the payload's errors branch; `change` is
 * the usual body for editing one versioned record; `refuse`, `authorize` and `found` are the
 * steps themselves, for creations and for mutations that touch several records. A refusal
 * thrown inside a transaction rolls it back, so nothing is half-written.
 */

/** Thrown by a step to refuse the mutation; `mutation` turns it into the payload's errors. */
export class Refusal extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((e) => e.code).join(', '));
  }
}

/** Refuses the mutation with one coded error. */
export function refuse(code: string, message: string, field?: string): never {
  throw new Refusal([userError(code, message, field)]);
}

/** Refuses the mutation if any of `problems` (gathered together, so the caller sees them all). */
export function refuseAny(problems: UserError[]): void {
  if (problems.length) throw new Refusal(problems);
}

/** Where a record lies in the jurisdiction tree (a station, and the community when it has one). */
export interface Place {
  stationId: string;
  communityId?: string | null;
}

/**
 * The one jurisdiction policy for writes, the same in every subgraph: a record (or a reference
 * to one) outside the caller's jurisdiction is refused as OUTSIDE_JURISDICTION, naming what it is.
 */
export function authorize(claims: Claims | null, place: Place, what: string, field = 'id'): void {
  const outside = outsideJurisdiction(claims, place, what, field);
  if (outside) throw new Refusal([outside]);
}

/** The same refusal as `authorize`, returned, for a form whose problems are gathered and shown together. */
export function outsideJurisdiction(claims: Claims | null, place: Place, what: string, field = 'id'): UserError | null {
  return holds(claims, place) ? null : userError('OUTSIDE_JURISDICTION', `该${what}不在您的辖区范围内`, field);
}

/** Whether the caller's jurisdiction holds the place (for reads, which leave out what it does not). */
export function holds(claims: Claims | null, place: Place): boolean {
  return inJurisdiction(requireJurisdiction(claims), { stationId: place.stationId, communityId: place.communityId ?? '' });
}

/**
 * Station-level decisions (rosters, groups, approvals, signing for warnings) belong to the
 * station's head or the district: refused as NOT_STATION_MANAGER for anyone else.
 */
export function authorizeManager(claims: Claims | null, stationId: string, field = 'stationId'): void {
  if (!managesStation(claims, stationId)) refuse('NOT_STATION_MANAGER', '只有本所所长或分局管理员可以执行此操作', field);
}

/** Whether the caller is the district or the station's own head: the test behind `authorizeManager`, for rules that admit others too. */
export function managesStation(claims: Claims | null, stationId: string): boolean {
  requireJurisdiction(claims); // signed in, or refused as such
  const roles = claims!.roles;
  return roles.includes('district_admin') || (roles.includes('station_head') && holds(claims, { stationId }));
}

/** The record, or a refusal naming what was not found (`PREFIX_NOT_FOUND`, 该…不存在). */
export function found<T>(value: T | null | undefined, code: string, what: string, field = 'id'): T {
  if (value == null) refuse(code, `该${what}不存在`, field);
  return value;
}

export type Payload<K extends string, T> = { [P in K]: T | null } & { errors: UserError[] };

/**
 * Runs a mutation: `input` is validated by its type's rules first (pass null when there is no
 * input object), then `run`. Its value fills the payload's `key`; a refusal or a concurrent edit
 * fills `errors` and leaves `key` null. Payloads with more than one field pass their empty shape.
 */
export async function mutation<K extends string, T>(key: K, input: object | null, run: () => Promise<T>): Promise<Payload<K, T>>;
export async function mutation<E extends object, T extends { [P in keyof E]: unknown }>(
  empty: E,
  input: object | null,
  run: () => Promise<T>,
): Promise<T & { errors: UserError[] }>;
export async function mutation(shape: string | object, input: object | null, run: () => Promise<unknown>): Promise<object> {
  const empty = typeof shape === 'string' ? { [shape]: null } : shape;
  const present = (value: unknown) => (typeof shape === 'string' ? { [shape]: value } : (value as object));
  try {
    if (input) refuseAny(await validateInput(input));
    return { ...present(await run()), errors: [] };
  } catch (err) {
    if (err instanceof Refusal) return { ...empty, errors: err.errors };
    if (err instanceof OptimisticLockError) return { ...empty, errors: [staleVersion()] };
    throw err;
  }
}

/** Applies `apply` to `entity` in one transaction, only at the version the caller read (else STALE_VERSION). */
export async function atVersion<T extends { version: number }, R>(
  em: EntityManager,
  entity: T,
  version: number,
  apply: (tx: EntityManager, entity: T) => R | Promise<R>,
): Promise<R> {
  expectVersion(entity, version); // before any statement: the row as read may already be newer
  return orRefuse(await updateWithVersion(em, entity, version, apply));
}

export interface ChangeSteps<T extends { version: number }, R> {
  /** The record to change. */
  load: (em: EntityManager) => Promise<T | null>;
  /** What the record is, for the refusals (该人员不存在, 该人员不在您的辖区范围内), and its not-found code. */
  what: string;
  notFound: string;
  /** Where it lies: the caller's jurisdiction must hold it. */
  place: (entity: T) => Place;
  /** The version the caller read. */
  version: number;
  /** The domain's rules on the record as read: `refuse()` before anything is written. */
  check?: (entity: T) => void | Promise<void>;
  apply: (tx: EntityManager, entity: T) => R | Promise<R>;
}

/** The usual body of an edit: load → authorize → version → check → apply in one transaction. */
export async function change<T extends { version: number }, R>(ctx: BaseContext, steps: ChangeSteps<T, R>): Promise<R> {
  const entity = found(await steps.load(ctx.em), steps.notFound, steps.what);
  authorize(ctx.claims, steps.place(entity), steps.what);
  expectVersion(entity, steps.version); // stale before the domain's checks
  await steps.check?.(entity);
  return orRefuse(await updateWithVersion(ctx.em, entity, steps.version, steps.apply));
}

/** The value of a versioned write (`createOrRevise`, `updateWithVersion`), or its refusal. */
export function orRefuse<T>(result: { ok: true; value: T } | { ok: false; error: UserError }): T {
  if (!result.ok) throw new Refusal([result.error]);
  return result.value;
}

/** Refuses as STALE_VERSION when the record as read is not at the version the caller saw. */
export function expectVersion(entity: { version: number }, version: number): void {
  if (entity.version !== version) throw new Refusal([staleVersion()]);
}
