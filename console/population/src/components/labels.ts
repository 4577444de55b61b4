/** Labels of the population remote's own enums. */
export const CATEGORY_KIND: Record<string, string> = { special: '特定对象', care: '关爱帮扶' };
export const HOUSING_KIND: Record<string, string> = { building: '楼房', bungalow: '平房', courtyard: '四合院', other: '其他' };
export const HOUSING_USE: Record<string, string> = { self_occupied: '自住', rented: '出租', business: '经营', vacant: '空置' };
