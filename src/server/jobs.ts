import type { FastifyInstance } from 'fastify';
import type { BackgroundJob } from '../platform/module.ts';

/**
 * Runs each module's background jobs on their interval while the server is up: started once the
 * server is ready, never two runs of one job at once, and a shutdown waits for a run in progress.
 */
export function scheduleJobs(app: FastifyInstance, jobs: readonly BackgroundJob[], env: NodeJS.ProcessEnv) {
  const timers: NodeJS.Timeout[] = [];
  const running = new Map<string, Promise<unknown>>();
  app.addHook('onReady', async () => {
    for (const job of jobs) {
      const interval = job.intervalMs(env);
      if (interval <= 0) continue;
      const tick = () => {
        if (running.has(job.name)) return;
        running.set(job.name, job.run(app.deps)
          .catch((err) => app.log.error({ err, job: job.name }, 'background job failed'))
          .finally(() => running.delete(job.name)));
      };
      timers.push(setInterval(tick, interval).unref());
    }
  });
  app.addHook('onClose', async () => {
    for (const t of timers) clearInterval(t);
    await Promise.all(running.values());
  });
}
