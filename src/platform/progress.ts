import cliProgress from 'cli-progress';

export interface Progress {
  start(label: string, total: number): void;
  tick(n?: number): void;
  stop(): void;
}

/** A progress bar on a terminal; plain start/finish lines in CI logs and pipes. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) {
    let label = '';
    let t0 = 0;
    return {
      start: (l, total) => { label = l; t0 = Date.now(); stream.write(`${l} (${total})…\n`); },
      tick: () => {},
      stop: () => stream.write(`${label}: done in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`),
    };
  }
  let bar: cliProgress.SingleBar | null = null;
  return {
    start(label, total) {
      bar?.stop();
      bar = new cliProgress.SingleBar({ format: `${label.padEnd(28)} {bar} {percentage}% | {value}/{total} | {duration}s`, stream, hideCursor: true }, cliProgress.Presets.shades_classic);
      bar.start(total, 0);
    },
    tick: (n = 1) => bar?.increment(n),
    stop() { bar?.stop(); bar = null; },
  };
}

/** For library code that may report progress but runs silently in tests. */
export const silentProgress: Progress = { start() {}, tick() {}, stop() {} };
