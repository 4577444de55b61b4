import { describe, expect, it } from 'vitest';
import type { BaseContext } from './definition';
import { bind, composeSubgraph, defineModule, perRequest, requestContext, type Provider } from './module';

const base = {} as Omit<BaseContext, 'use'>;
const context = (bindings: Array<[Provider<unknown>, (ctx: BaseContext) => unknown]> = []) => requestContext(base, new Map(bindings));

class Counter {
  static made = 0;
  readonly n = ++Counter.made;
}

describe('ctx.use', () => {
  it('builds a provider once per request, on first use, and afresh for the next request', () => {
    const first = context();
    expect(first.use(Counter)).toBe(first.use(Counter));
    expect(context().use(Counter)).not.toBe(first.use(Counter));
  });

  it("builds a bound provider the subgraph's way", () => {
    const settings = perRequest<string>(() => 'unbound');
    expect(context([[settings, () => 'bound']]).use(settings)).toBe('bound');
    expect(context().use(settings)).toBe('unbound');
  });

  it('names a circle of providers, and reports a failed build as itself on the next use', () => {
    const a: Provider<number> = perRequest((ctx) => ctx.use(b) + 1);
    const b: Provider<number> = perRequest((ctx) => ctx.use(a) + 1);
    expect(() => context().use(a)).toThrow('providers depend on each other in a circle');
    const broken = perRequest(() => {
      throw new Error('no database');
    });
    const ctx = context();
    expect(() => ctx.use(broken)).toThrow('no database');
    expect(() => ctx.use(broken)).toThrow('no database');
  });
});

describe('composeSubgraph', () => {
  class R {}
  it('collects the modules and refuses two claims on one reference', () => {
    const ref = { __resolveReference: () => null };
    const one = defineModule({ name: 'one', resolvers: [R], references: { Thing: ref }, bindings: [bind(Counter, () => new Counter())] });
    const def = composeSubgraph({ name: 'test', modules: [one, defineModule({ name: 'two', resolvers: [R] })], migrations: [] });
    expect(def.resolvers).toHaveLength(2);
    expect(def.bindings.has(Counter)).toBe(true);
    expect(() => composeSubgraph({ name: 'test', modules: [one, defineModule({ name: 'three', references: { Thing: ref } })], migrations: [] })).toThrow(
      'Thing',
    );
  });
});
