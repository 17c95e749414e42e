import { DataSource } from 'typeorm';
import { Clock } from './common/clock';
import { AppConfig } from './common/config';
import { createDataSource } from './database/data-source';
import { seedDemoData } from './database/demo-seed';
import { seedDemoApplications } from './database/demo-seed-applications';
import { seedDemoCompliance } from './database/demo-seed-compliance';
import { syncReferenceData } from './database/reference-data';
import { createServices, Services } from './services';

/** Opens the database, migrates it, syncs reference data and (embedded default) seeds the demo. */
export async function bootstrap(config: AppConfig, clock: Clock, options: { demoInstitutions?: number } = {}): Promise<Services> {
  const db: DataSource = createDataSource({ databaseUrl: config.databaseUrl, sqlitePath: config.sqlitePath });
  await db.initialize();
  await db.runMigrations({ transaction: 'each' });
  await syncReferenceData(db);
  const seeded = config.seedDemoData && (await seedDemoData(db, options.demoInstitutions ?? 200));
  const services = createServices(db, clock, config);
  if (seeded) {
    await services.divisions.load();
    await seedDemoApplications(services);
    await seedDemoCompliance(services);
  }
  return services;
}
