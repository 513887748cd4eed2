import { getHeapStatistics } from 'node:v8';
import { expect, it } from 'vitest';
import { keepHeapNearLive } from './heap.ts';

it('collects the garbage of a batch once the heap has grown past its limit', () => {
  let garbage: number[][] | null = [];
  // About 200 MB of arrays that are dropped at once, as a loaded week's rows are.
  for (let i = 0; i < 25_000; i++) garbage.push(new Array(1_000).fill(i + 0.5));
  garbage = null;
  const before = getHeapStatistics().used_heap_size;
  keepHeapNearLive();
  const after = getHeapStatistics().used_heap_size;
  expect(before).toBeGreaterThan(160 * 1024 * 1024);
  expect(after).toBeLessThan(before - 100 * 1024 * 1024);
});
