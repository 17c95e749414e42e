import 'reflect-metadata';
import { createApp } from './app';
import { bootstrap } from './bootstrap';
import { FixedClock, systemClock } from './common/clock';
import { loadConfig } from './common/config';
import { startScheduler } from './modules/job/job.scheduler';

async function main() {
  const config = loadConfig();
  const clock = config.fixedNow ? new FixedClock(new Date(config.fixedNow)) : systemClock;
  const services = await bootstrap(config, clock);
  const { httpServer } = await createApp(services);
  await new Promise<void>((resolve) => httpServer.listen(config.port, resolve));
  const stopJobs = startScheduler(services.jobs);
  const engine = config.databaseUrl ? 'MySQL' : `SQLite (${config.sqlitePath})`;
  // eslint-disable-next-line no-console
  console.log(`API ready at http://localhost:${config.port}/graphql on ${engine}`);
  const shutdown = async () => {
    httpServer.close();
    await stopJobs(); // the pass in progress finishes and releases its leases
    await services.passwordResets.settled(); // 忘记密码 requests already answered are filed
    await services.db.destroy();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((err) => {
  // eslint-disable-next-line no-console
  console.error(err);
  process.exit(1);
});
