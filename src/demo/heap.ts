import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// Building the demo makes each week's rows, their COPY encoding and a copy of that in a Blob, all garbage once
// loaded. V8 lets the old generation grow well past what is live before it collects (a GC trace of the pcn
// build: 88 MB live, then 345 MB held before the next full collection), and PGlite's WebAssembly memory,
// which never shrinks, sits beside it: the build's peak was 0.95-1.0 GiB against a target of 1 GB. The bulk
// loader asks for a full collection between batches once the heap holds more than this, which keeps it near
// what is live: the pcn build asks for about nine, 1.3 s in all on a busy machine (about 150 MB live each time).
const COLLECT_ABOVE_BYTES = 160 * 1024 * 1024;

let collect: (() => void) | null | undefined;

/** Collects garbage now if the JavaScript heap has grown past COLLECT_ABOVE_BYTES (for batch jobs, between batches). */
export function keepHeapNearLive(): void {
  if (getHeapStatistics().used_heap_size < COLLECT_ABOVE_BYTES) return;
  if (collect === undefined) {
    // V8's own collector, reachable from a new context once --expose-gc is set (it cannot be set on `node` here:
    // `npm start` and `commons demo` are plain commands). Where that fails, V8 collects in its own time.
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  collect?.();
}
