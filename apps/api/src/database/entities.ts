import { AuditLog } from '../modules/audit/audit-log.entity';
import { UserAccount } from '../modules/auth/user.entity';
import { CalendarDay, CalendarYear } from '../modules/calendar/calendar.entity';
import { ServiceCategory } from '../modules/catalog/service-category.entity';
import { Division } from '../modules/division/division.entity';
import { Enterprise } from '../modules/enterprise/enterprise.entity';
import { Institution, InstitutionMainCategory } from '../modules/institution/institution.entity';

export const entities = [
  Division, ServiceCategory, CalendarYear, CalendarDay, Institution, InstitutionMainCategory, Enterprise, UserAccount, AuditLog,
];
