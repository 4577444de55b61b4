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
export function standardSpelling(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[—–－]/g, '-')
    .replace(/([〇零一二三四五六七八九十两]{1,4})(?=号楼|号|单元|层|室)/g, (cn: string) => String(chineseNumber(cn) ?? cn));
}

/**
 * The key two reports of one place share, however each was typed: the standard spelling without
 * punctuation, in lower case ("东四十条３号，2单元" ≡ "东四十条3号2单元"); null for no address.
 */
export function addressKey(text: string | null | undefined): string | null {
  if (!text?.trim()) return null;
  return standardSpelling(text)
    .replace(/[,，.。\-_·()（）、]/g, '')
    .toLowerCase();
}
