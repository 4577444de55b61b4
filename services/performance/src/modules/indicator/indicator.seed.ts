import { stableId } from '@cp/demo-district';
import { insertInChunks } from '@cp/service-kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Direction, IndicatorEntity, IndicatorKind, IndicatorSource } from './indicator.entity';

type Row = [
  code: string,
  name: string,
  kind: IndicatorKind,
  source: IndicatorSource,
  direction: Direction,
  target: number,
  unit: string,
  weight: number,
  formula: string,
];

const { outcome, process } = IndicatorKind;
const { computed, survey, manual } = IndicatorSource;
const { higher_better: up, lower_better: down } = Direction;

/** The starting catalogue: indicators the texts name, weights summing to 100; registration targets 100 % (确保双100%). */
const CATALOGUE: Row[] = [
  ['TIME_IN_COMMUNITY', '驻社区工作时间占比', process, computed, up, 80, '%', 15, '专职社区民警在社区工作时长 ÷ 工作总时长（兼职目标 40%）'],
  ['FLOATING_REGISTRATION', '流动人口登记率', outcome, computed, up, 100, '%', 15, '已办理居住登记的流动人口 ÷ 实有流动人口'],
  ['RENTAL_REGISTRATION', '出租房屋登记率', outcome, computed, up, 100, '%', 10, '已登记备案的出租房屋 ÷ 出租房屋总数'],
  ['SPECIAL_PERSON_VISITS', '特定对象按期走访率', process, computed, up, 100, '%', 10, '按规定频次完成走访的特定对象 ÷ 特定对象总数'],
  ['KEY_UNIT_INSPECTIONS', '重点单位按期检查率', process, computed, up, 100, '%', 10, '季度内完成检查的重点单位 ÷ 重点单位总数'],
  ['DISPUTES_RESOLVED', '矛盾纠纷化解率', outcome, computed, up, 95, '%', 15, '期内化解的纠纷 ÷ 期内应化解的纠纷'],
  ['REPEAT_DISPUTES', '重复警情占比', outcome, computed, down, 5, '%', 5, '期内重复报警的纠纷 ÷ 期内纠纷总数'],
  ['OVERDUE_DISPUTES', '超期未化解纠纷数', process, computed, down, 0, '件', 5, '超过处置期限仍未化解的纠纷数'],
  ['SATISFACTION', '群众安全感满意度', outcome, survey, up, 98, '%', 15, '满意及基本满意的答卷 ÷ 有效答卷'],
];

/**
 * Offered but not in use until the district switches it on: the texts' yearly "declare one
 * outstanding hazard in your community and fix it" (申报整治突出治安隐患), accepted at year end, which
 * no system records by itself; its value is entered with evidence.
 */
const OFFERED: Row[] = [
  ['HAZARD_RECTIFIED', '突出治安隐患申报整治', outcome, manual, up, 1, '件', 5, '年内申报并经验收整治完成的社区突出治安隐患数（附验收佐证）'],
];

export async function seedIndicatorCatalogue(orm: MikroORM): Promise<string> {
  const em = orm.em.fork();
  if ((await em.count(IndicatorEntity)) > 0) return 'performance: catalogue already present';
  await insertInChunks(
    em,
    IndicatorEntity,
    [...CATALOGUE, ...OFFERED].map(([code, name, kind, source, direction, target, unit, weight, formula]) => ({
      id: stableId('indicator', code),
      code,
      name,
      kind,
      source,
      direction,
      target: String(target),
      unit,
      weight: String(weight),
      formula,
      active: source !== manual,
      version: 1,
    })),
  );
  return `performance: seeded ${CATALOGUE.length} indicators (and ${OFFERED.length} offered, not in use)`;
}
