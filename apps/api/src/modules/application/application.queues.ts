import { SelectQueryBuilder } from 'typeorm';
import { Scope } from '../../common/context';
import { ApplicationStatus } from './application.entity';
import { ReviewQueue } from './application.inputs';

/**
 * Officers see applications in their jurisdiction once submitted; drafts stay private to the applicant.
 * Out of scope answers exactly like a missing id.
 */
export function applyApplicationScope<T extends object>(qb: SelectQueryBuilder<T>, alias: string, scope: Scope): SelectQueryBuilder<T> {
  switch (scope.kind) {
    case 'ALL':
      return qb.andWhere(`${alias}.status <> :scopeDraft`, { scopeDraft: ApplicationStatus.DRAFT });
    case 'DIVISIONS':
      if (!scope.codes.length) return qb.andWhere('1 = 0');
      return qb
        .andWhere(`${alias}.divisionCode IN (:...scopeCodes)`, { scopeCodes: scope.codes })
        .andWhere(`${alias}.status <> :scopeDraft`, { scopeDraft: ApplicationStatus.DRAFT });
    case 'OWN_INSTITUTION':
      return scope.institutionId
        ? qb.andWhere(`${alias}.institutionId = :scopeInstitutionId`, { scopeInstitutionId: scope.institutionId })
        : qb.andWhere('1 = 0');
    default:
      return qb.andWhere('1 = 0');
  }
}

const S = ApplicationStatus;

/** SQL for each review tab (booleans as 0/1 literals: portable across SQLite and MySQL). */
export function queueCondition(alias: string, queue: ReviewQueue): string {
  const st = (...xs: ApplicationStatus[]) => `${alias}.status IN (${xs.map((x) => `'${x}'`).join(', ')})`;
  switch (queue) {
    case ReviewQueue.PENDING_COUNTY:
      return `(${st(S.SUBMITTED)} AND ${alias}.skipsCounty = 0)`;
    case ReviewQueue.PENDING_CITY:
      return `(${st(S.COUNTY_APPROVED)} OR (${st(S.SUBMITTED)} AND ${alias}.skipsCounty = 1))`;
    case ReviewQueue.PENDING_PROVINCE:
      return st(S.CITY_RECOMMENDED);
    case ReviewQueue.NOTICE:
      return st(S.PROVINCE_APPROVED, S.IN_PUBLIC_NOTICE);
    case ReviewQueue.ADMITTED:
      return st(S.ADMITTED);
    case ReviewQueue.RETURNED:
      return st(S.RETURNED);
    case ReviewQueue.REJECTED:
      return st(S.REJECTED);
    case ReviewQueue.DRAFT:
      return st(S.DRAFT);
  }
}

/** The queue a (status, skipsCounty) pair belongs to — used to fold one GROUP BY into tab counts. */
export function queueOf(status: ApplicationStatus, skipsCounty: boolean): ReviewQueue {
  switch (status) {
    case S.SUBMITTED:
      return skipsCounty ? ReviewQueue.PENDING_CITY : ReviewQueue.PENDING_COUNTY;
    case S.COUNTY_APPROVED:
      return ReviewQueue.PENDING_CITY;
    case S.CITY_RECOMMENDED:
      return ReviewQueue.PENDING_PROVINCE;
    case S.PROVINCE_APPROVED:
    case S.IN_PUBLIC_NOTICE:
      return ReviewQueue.NOTICE;
    case S.ADMITTED:
      return ReviewQueue.ADMITTED;
    case S.RETURNED:
      return ReviewQueue.RETURNED;
    case S.REJECTED:
      return ReviewQueue.REJECTED;
    default:
      return ReviewQueue.DRAFT;
  }
}
