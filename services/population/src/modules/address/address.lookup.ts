import { standardSpelling } from '@cp/address';
import { userError, type UserError } from '@cp/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { StandardAddressEntity } from './address.entity';

export type AddressLookup = { address: StandardAddressEntity; error?: undefined } | { address?: undefined; error: UserError };

/**
 * Finds the standard address an officer typed: exactly as normalised, or, typed without its
 * city and district prefix, by its ending when exactly one address of the list ends that way.
 * Anything else is refused with a coded error naming `field`.
 */
export async function lookUpAddress(em: EntityManager, typed: string, field: string): Promise<AddressLookup> {
  const text = standardSpelling(typed);
  const exact = await em.findOne(StandardAddressEntity, { fullText: { $in: [...new Set([typed.trim(), text])] } });
  if (exact) return { address: exact };
  if (text.length >= 6) {
    const endings: StandardAddressEntity[] = await em
      .getConnection()
      .execute(`select * from standard_address where reverse(full_text) like ? limit 2`, [
        `${[...text]
          .reverse()
          .join('')
          .replace(/[\\%_]/g, '\\$&')}%`,
      ])
      .then((rows) => rows.map((r: Record<string, unknown>) => em.map(StandardAddressEntity, r)));
    if (endings.length === 1) return { address: endings[0]! };
    if (endings.length > 1) return { error: userError('ADDRESS_AMBIGUOUS', '该地址对应多个标准地址，请补全区县、街道后重新输入', field) };
  }
  return { error: userError('ADDRESS_NOT_STANDARD', '地址不在标准地址库中，请先从标准地址中选择', field) };
}
