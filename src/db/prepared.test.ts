import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from '../../test/support/test-app.ts';
import { statementTemplate } from './prepared.ts';

// A statement template sends each value once, however often its text uses it (prepared.ts,
// oneParameterPerKey), and the text it runs numbers the parameters in the order of first use.

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(() => t.close());

it('sends a value used three times as one parameter, and answers with it in every place', async () => {
  const seen: { sql: string; parameters: readonly unknown[] }[] = [];
  const template = statementTemplate<{ a: string; b: number }, { x: string; y: number; z: string; w: number }>('prepared_test');
  const db = t.db.withPlugin({ transformQuery: (q) => q.node, transformResult: async (r) => r.result });
  const spy = new Proxy(db, {
    get(target, prop) {
      if (prop === 'executeQuery') return (q: { sql: string; parameters: readonly unknown[] }) => { seen.push(q); return target.executeQuery(q as never); };
      const v = Reflect.get(target, prop);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  const build = (v: { a: string; b: number }) => sql<{ x: string; y: number; z: string; w: number }>`select ${v.a}::text as x, ${v.b}::int as y, ${v.a}::text || '!' as z, ${v.b}::int + 1 as w`;
  const rows = await template.run(spy, 'one', { a: 'hello', b: 41 }, build);
  expect(rows).toEqual([{ x: 'hello', y: 41, z: 'hello!', w: 42 }]);
  expect(seen[0].parameters).toEqual(['hello', 41]);
  expect(seen[0].sql).toMatch(/select \$1::text as x, \$2::int as y, \$1::text \|\| '!' as z, \$2::int \+ 1 as w$/);
});
