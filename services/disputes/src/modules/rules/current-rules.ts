import type { EntityManager } from '@mikro-orm/postgresql';
import { DisputeRulesEntity } from './rules.entity';

/** The district's dispute rules (the migration inserts the one row with the defaults). */
export async function currentRules(em: EntityManager): Promise<DisputeRulesEntity> {
  return (await em.findOne(DisputeRulesEntity, { id: 1 })) ?? Object.assign(new DisputeRulesEntity(), { version: 1 });
}

export const addDays = (d: Date, days: number): Date => new Date(d.getTime() + days * 86_400_000);
