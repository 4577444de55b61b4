import { stableId } from '@cp/demo-district';
import { insertInChunks } from '@cp/service-kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { DepartmentEntity } from './department.entity';

/** The district's functional departments the stations rate (逆考评), and what stations need from each. */
const DEPARTMENTS: Array<[code: string, name: string, supports: string]> = [
  ['COMMAND_CENTRE', '指挥中心', '警情分流、指令下达与跨所调度'],
  ['CRIMINAL_INVESTIGATION', '刑事侦查大队', '刑事案件接手侦办、技术支撑'],
  ['INFORMATION_TECH', '科技信息化科', '警务平台与数据支撑，台账自动生成'],
  ['LEGAL', '法制大队', '案件审核、法律咨询与执法监督'],
  ['POPULATION', '人口管理大队', '户籍、居住登记与实有人口数据核对'],
  ['PUBLIC_ORDER', '治安管理大队', '治安案件、重点单位与特种行业管理'],
];

export async function seedDepartments(orm: MikroORM): Promise<string> {
  const em = orm.em.fork();
  if ((await em.count(DepartmentEntity)) > 0) return 'performance: departments already present';
  await insertInChunks(
    em,
    DepartmentEntity,
    DEPARTMENTS.map(([code, name, supports]) => ({ id: stableId('department', code), code, name, supports, active: true, version: 1 })),
  );
  return `performance: seeded ${DEPARTMENTS.length} departments`;
}
