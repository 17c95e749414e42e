import { DataSource } from 'typeorm';
import { Clock } from './common/clock';
import { AppConfig } from './common/config';
import { AuditService } from './modules/audit/audit.service';
import { AuthService } from './modules/auth/auth.service';
import { CalendarService } from './modules/calendar/calendar.service';
import { DivisionService } from './modules/division/division.service';
import { InstitutionService } from './modules/institution/institution.service';

export function createServices(db: DataSource, clock: Clock, config: AppConfig) {
  const audit = new AuditService(db, clock);
  const divisions = new DivisionService(db);
  return {
    db,
    clock,
    config,
    audit,
    divisions,
    auth: new AuthService(db, clock, config, audit, divisions),
    calendar: new CalendarService(db, clock, audit),
    institutions: new InstitutionService(db, audit, divisions),
  };
}

export type Services = ReturnType<typeof createServices>;
