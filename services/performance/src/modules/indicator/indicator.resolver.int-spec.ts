import { asGateway, claimsFor, gql, testSubgraph, type TestSubgraph } from '@cp/testkit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { performanceSubgraph } from '../../subgraph';

let sub: TestSubgraph;

beforeAll(async () => {
  sub = await testSubgraph(inject('pgServerUrl'), performanceSubgraph);
});
afterAll(() => sub?.stop());

describe('the indicator catalogue', () => {
  it('is persisted and queryable, with weights that make a 100-point scale', async () => {
    const res = await gql(sub.url, '{ indicators { code name kind source direction target unit weight } }', {}, await asGateway(claimsFor.districtAdmin()));
    expect(res.errors).toBeUndefined();
    const list = res.data!.indicators as Array<{ code: string; weight: number; kind: string; direction: string }>;
    const [{ n }] = await sub.orm.em.getConnection().execute('select count(*)::int as n from indicator where active');
    expect(list).toHaveLength(n);
    expect(list.reduce((s, i) => s + i.weight, 0)).toBe(100);
    expect(list.find((i) => i.code === 'FLOATING_REGISTRATION')).toMatchObject({ kind: 'outcome', direction: 'higher_better', target: 100 });
    expect(list.find((i) => i.code === 'REPEAT_DISPUTES')).toMatchObject({ direction: 'lower_better' });
  });

  it('finds one indicator by code', async () => {
    const res = await gql(sub.url, '{ indicator(code: "TIME_IN_COMMUNITY") { name target unit } }', {}, await asGateway(claimsFor.districtAdmin()));
    expect(res.data!.indicator).toEqual({ name: '驻社区工作时间占比', target: 80, unit: '%' });
  });

  it('is not readable anonymously', async () => {
    const res = await gql(sub.url, '{ indicators { code } }', {}, await asGateway(null));
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
