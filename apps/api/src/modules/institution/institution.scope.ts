import { SelectQueryBuilder } from 'typeorm';
import { Scope } from '../../common/context';
import { RegistryStatus } from '../../common/enums';

/** The one place the jurisdiction scope turns into SQL for institution rows. */
export function applyInstitutionScope<T extends object>(qb: SelectQueryBuilder<T>, alias: string, scope: Scope): SelectQueryBuilder<T> {
  switch (scope.kind) {
    case 'ALL':
      return qb;
    case 'DIVISIONS':
      return scope.codes.length
        ? qb.andWhere(`${alias}.divisionCode IN (:...scopeCodes)`, { scopeCodes: scope.codes })
        : qb.andWhere('1 = 0');
    case 'OWN_INSTITUTION':
      return scope.institutionId
        ? qb.andWhere(`${alias}.id = :scopeInstitutionId`, { scopeInstitutionId: scope.institutionId })
        : qb.andWhere('1 = 0');
    case 'PUBLIC_REGISTRY':
      return qb.andWhere(`${alias}.registryStatus = :scopeAdmitted`, { scopeAdmitted: RegistryStatus.ADMITTED });
    default:
      return qb.andWhere('1 = 0');
  }
}

export function scopeAllowsDivision(scope: Scope, divisionCode: string): boolean {
  if (scope.kind === 'ALL') return true;
  if (scope.kind === 'DIVISIONS') return scope.codes.includes(divisionCode);
  return false;
}
