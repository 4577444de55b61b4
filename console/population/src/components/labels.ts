/** Labels of the population remote's own enums. */
export const CATEGORY_KIND: Record<string, string> = { special: '特定对象', care: '关爱帮扶' };
