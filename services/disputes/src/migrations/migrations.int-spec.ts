import { testSubgraph, type TestSubgraph } from '@cp/testkit';
import type { AbstractSqlDriver } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { disputesSubgraph } from '../subgraph';
import { Migration20261201160000 } from './Migration20261201160000';

let sub: TestSubgraph;
beforeAll(async () => {
  sub = await testSubgraph(inject('pgServerUrl'), disputesSubgraph, 2);
});
afterAll(() => sub?.stop());

describe('Migration20261201160000: repeat keys by the one address rule', () => {
  it('rewrites keys written the old way, and only those', async () => {
    const conn = sub.orm.em.getConnection();
    const [old, current] = await conn.execute(`select id from dispute where address_text is not null order by id limit 2`);
    await conn.execute(`update dispute set address_text = '东四十条三号，二单元', address_key = '东四十条三号二单元' where id = ?`, [old.id]);
    await conn.execute(`update dispute set address_text = '东四十条5号', address_key = '东四十条5号' where id = ?`, [current.id]);

    const migration = new Migration20261201160000(sub.orm.em.getDriver() as AbstractSqlDriver, sub.orm.config);
    await migration.up();
    for (const q of migration.getQueries()) await conn.execute(q as string);

    const keys = await conn.execute(`select id, address_key from dispute where id in (?, ?)`, [old.id, current.id]);
    expect(Object.fromEntries(keys.map((r) => [r.id, r.address_key]))).toEqual({
      [old.id]: '东四十条3号2单元',
      [current.id]: '东四十条5号',
    });
    expect(migration.getQueries().every((q) => !String(q).includes(current.id))).toBe(true);
  });
});
