import { Worker } from 'node:worker_threads';

// The HTTP load generator. It runs in a worker thread so that the clients' own work (HTTP, JSON)
// has its own event loop and does not sit in the server's; both still share this machine's cores,
// which is why every figure is printed beside a limit measured in the same run.

export interface BenchRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface LoadPlan {
  /** Loopback base URL of the server under test, e.g. http://127.0.0.1:40123. */
  origin: string;
  /**
   * closed: `clients` keep-alive clients each send the next request as soon as the last answered,
   * cycling through `requests`, until `seconds` pass or `maxRequests` are sent.
   * burst: every request in `requests` is sent at once (one client each), and each is answered once.
   */
  mode: 'closed' | 'burst';
  requests: BenchRequest[];
  clients?: number;
  seconds?: number;
  maxRequests?: number;
}

export interface LoadResult {
  /** Client-side latency of each answered request, in milliseconds. */
  latenciesMs: number[];
  /** How many answers had each HTTP status; 0 counts requests that failed without an answer. */
  statuses: Record<number, number>;
  /** Wall time from the first request sent to the last answer, in milliseconds. */
  elapsedMs: number;
  /** The first few bodies of answers that were not 2xx, for the report. */
  sampleErrors: string[];
}

/** Runs a load plan in a worker thread and resolves with what the clients saw. */
export function runLoad(plan: LoadPlan): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    // The worker is plain JavaScript made from loadWorker's own source, so it needs no TypeScript loader.
    const source = `const __name = (f) => f;\n(${loadWorker.toString()})();`;
    const worker = new Worker(source, { eval: true, workerData: plan });
    worker.once('message', (result: LoadResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load worker stopped with code ${code}`));
    });
  });
}

/** The body of the worker thread: no closures over module scope, only what it requires itself. */
function loadWorker() {
  const { parentPort, workerData } = require('node:worker_threads') as typeof import('node:worker_threads');
  const plan = workerData as LoadPlan;
  const latenciesMs: number[] = [];
  const statuses: Record<number, number> = {};
  const sampleErrors: string[] = [];
  const hardStop = 120_000; // never run longer than two minutes, whatever the plan says

  // node:http with a keep-alive agent: far less client CPU per request than fetch, so on a small
  // machine the clients leave more of it to the server they measure.
  const http = require('node:http') as typeof import('node:http');
  const agent = new http.Agent({ keepAlive: true, maxSockets: plan.mode === 'burst' ? plan.requests.length : Math.max(1, plan.clients ?? 8) });
  const origin = new URL(plan.origin);

  function exchange(r: BenchRequest): Promise<{ status: number; text: string }> {
    return new Promise((resolve, reject) => {
      const body = r.body !== undefined ? JSON.stringify(r.body) : undefined;
      const req = http.request({
        agent, hostname: origin.hostname, port: origin.port, path: r.path, method: r.method, timeout: 30_000,
        headers: { ...(body !== undefined ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}), ...r.headers },
      }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.on('timeout', () => req.destroy(new Error('no answer within 30 s')));
      req.on('error', reject);
      req.end(body);
    });
  }

  async function send(r: BenchRequest): Promise<void> {
    const t0 = performance.now();
    try {
      const res = await exchange(r);
      latenciesMs.push(performance.now() - t0);
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      if ((res.status < 200 || res.status > 299) && res.status !== 409 && sampleErrors.length < 3) sampleErrors.push(`${res.status} ${r.method} ${r.path}: ${res.text.slice(0, 300)}`);
    } catch (e) {
      statuses[0] = (statuses[0] ?? 0) + 1;
      if (sampleErrors.length < 3) sampleErrors.push(`no answer for ${r.method} ${r.path}: ${(e as Error).message}`);
    }
  }

  async function main() {
    const started = performance.now();
    if (plan.mode === 'burst') {
      await Promise.all(plan.requests.map((r) => send(r)));
    } else {
      const deadline = started + Math.min((plan.seconds ?? 5) * 1000, hardStop);
      const max = plan.maxRequests ?? 200_000;
      let next = 0;
      const client = async () => {
        while (performance.now() < deadline && next < max) {
          const r = plan.requests[next++ % plan.requests.length];
          await send(r);
        }
      };
      await Promise.all(Array.from({ length: Math.max(1, plan.clients ?? 8) }, client));
    }
    const result: LoadResult = { latenciesMs, statuses, elapsedMs: performance.now() - started, sampleErrors };
    agent.destroy();
    parentPort!.postMessage(result);
  }
  void main();
}
