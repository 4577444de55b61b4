import { userError, type UserError } from '@cp/service-kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { StandardAddressEntity } from './address.entity';

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 三 → 3, 三〇一 → 301 (read digit by digit), 十二 → 12, 二十三 → 23. */
function chineseNumber(text: string): number | null {
  if (!text.includes('十')) return [...text].every((c) => c in DIGIT) ? Number([...text].map((c) => DIGIT[c]).join('')) : null;
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(text);
  return m ? (m[1] ? DIGIT[m[1]]! : 1) * 10 + (m[2] ? DIGIT[m[2]]! : 0) : null;
}

/**
 * The spelling the standard address list uses: half-width characters (NFKC turns １２ into 12),
 * no spaces, and Arabic numerals before 号/号楼/单元/层/室 (三单元 → 3单元; lane names such as
 * 东四三条 keep theirs). Officers type addresses many ways; the list holds each one once.
 */
export function normaliseAddress(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[—–－]/g, '-')
    .replace(/([〇零一二三四五六七八九十两]{1,4})(?=号楼|号|单元|层|室)/g, (cn: string) => String(chineseNumber(cn) ?? cn));
}

export type AddressLookup = { address: StandardAddressEntity; error?: undefined } | { address?: undefined; error: UserError };

/**
 * Finds the standard address an officer typed: exactly as normalised, or, typed without its
 * city and district prefix, by its ending when exactly one address of the list ends that way.
 * Anything else is refused with a coded error naming `field`.
 */
export async function lookUpAddress(em: EntityManager, typed: string, field: string): Promise<AddressLookup> {
  const text = normaliseAddress(typed);
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
