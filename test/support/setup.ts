import { afterAll, beforeAll } from 'vitest';
import type { AppConfig } from '../../src/server/config.ts';
import type { World } from './factories.ts';
import { startTestApp, type TestApp } from './test-app.ts';

/**
 * The one-line set-up of a test file: `const { t, w } = useTestApp({ now: () => NOW });` starts the real
 * app on a fresh database of its own before the file's tests (and before the file's own beforeAll hooks,
 * which run after this one), builds the small network of factories.world() in it, and closes both after
 * the last test. `t` and `w` stand for the app and the world once they exist: use them inside tests
 * and hooks, not at the top level of the file.
 */
export function useTestApp(options: { now?: () => Date; config?: Partial<AppConfig>; world?: boolean } = {}): { t: TestApp; w: World } {
  let app: TestApp | undefined;
  let world: World | undefined;
  beforeAll(async () => {
    app = await startTestApp({ now: options.now, config: options.config });
    if (options.world !== false) world = await app.make.world();
  });
  afterAll(async () => {
    await app?.close();
  });
  return { t: standIn(() => app, 'the test app'), w: standIn(() => world, options.world === false ? 'the world (useTestApp was given world: false)' : 'the world') };
}

/** An object that forwards every use to the one `get` returns, once beforeAll has made it. */
function standIn<T extends object>(get: () => T | undefined, what: string): T {
  const real = () => {
    const v = get();
    if (!v) throw new Error(`${what} does not exist yet: it is made in beforeAll, so use it inside a test or a hook`);
    return v;
  };
  return new Proxy({} as T, {
    get: (_, key) => Reflect.get(real(), key),
    set: (_, key, value) => Reflect.set(real(), key, value),
    has: (_, key) => Reflect.has(real(), key),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_, key) => {
      const d = Reflect.getOwnPropertyDescriptor(real(), key);
      return d && { ...d, configurable: true };
    },
  });
}
