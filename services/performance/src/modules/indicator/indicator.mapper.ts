import type { IndicatorEntity } from './indicator.entity';
import type { Indicator } from './indicator.type';

export const toIndicator = (e: IndicatorEntity): Indicator => ({
  id: e.id,
  code: e.code,
  name: e.name,
  kind: e.kind,
  source: e.source,
  direction: e.direction,
  target: Number(e.target),
  unit: e.unit,
  weight: Number(e.weight),
  formula: e.formula,
  active: e.active,
  version: e.version,
});
