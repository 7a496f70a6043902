// Waits for a background job through the API, for integration tests that start one.
import type { FastifyInstance } from 'fastify';
import type { JobView } from '../../src/server/jobs';

export async function waitForJob(
  app: FastifyInstance,
  cookie: string,
  id: string,
): Promise<JobView> {
  for (let i = 0; i < 1800; i++) {
    const job = (
      await app.inject({ method: 'GET', url: `/api/jobs/${id}`, headers: { cookie } })
    ).json<JobView>();
    if (job.status !== 'running' && job.status !== 'queued') return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('job did not finish');
}

/** Generates demo bills through the API and answers the ready dataset's id. */
export async function demoDataset(
  app: FastifyInstance,
  cookie: string,
  lines: number,
  seed = 7,
): Promise<number> {
  const started = await app.inject({
    method: 'POST',
    url: '/api/bill-datasets/demo',
    headers: { cookie },
    payload: { lines, seed },
  });
  if (started.statusCode !== 202) throw new Error(`demo bills: ${started.body}`);
  const { dataset, job } = started.json<{ dataset: { id: number }; job: JobView }>();
  const finished = await waitForJob(app, cookie, job.id);
  if (finished.status !== 'done') throw new Error(`demo bills failed: ${finished.message}`);
  return dataset.id;
}
