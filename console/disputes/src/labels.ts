import { ENUM_DESCRIPTIONS } from '@cp/ui';

/** What only the disputes remote shows beside the contract's labels: risk colours and who handles each grade. */
export const BAND_COLORS: Record<string, string> = { low: '#91caff', medium: '#ffd666', high: '#ff7875' };

/** Who handles a grade: its description after the label ("疑难复杂：社区警务队长处置"). */
export const GRADE_HANDLER_LABELS = Object.fromEntries(
  Object.entries(ENUM_DESCRIPTIONS.DisputeGrade).map(([grade, d]) => [grade, d?.split('：')[1] ?? d]),
) as Record<keyof typeof ENUM_DESCRIPTIONS.DisputeGrade, string>;
