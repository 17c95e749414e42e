import { SelectQueryBuilder } from 'typeorm';
import { AuthUser } from './context';
import { Role } from './enums';

/**
 * Where a caller may look, built once per request from the user. Every service query over rows that belong to a
 * place or an owner goes through `applyScope`, so an out-of-reach id answers exactly like an id that does not exist.
 */
export type Scope =
  /** PROVINCE and ANALYST: the whole province. */
  | { kind: 'ALL' }
  /** CITY and COUNTY bureaus: the county-level divisions of their jurisdiction (data, not a code prefix). */
  | { kind: 'DIVISIONS'; codes: string[] }
  /** An institution's users: their own institution's rows, and what is public. */
  | { kind: 'INSTITUTION'; institutionId: number | null }
  /** An enterprise's users: their own enterprise's rows, and what is public. */
  | { kind: 'ENTERPRISE'; enterpriseId: number | null }
  /** Anonymous visitors: what is public. */
  | { kind: 'PUBLIC' };

/** The public registry answers everyone the same, whoever asks. */
export const PUBLIC_SCOPE: Scope = { kind: 'PUBLIC' };

/** A SQL condition over the rule's alias, with its own parameters. */
export interface ScopeCondition {
  sql: string;
  params?: Record<string, unknown>;
}

/**
 * How the rows of one entity belong to places and owners — declared once, beside the entity. A caller sees a row when:
 * an officer: the row's place is in the jurisdiction (PROVINCE: anywhere) and `officer` holds (rows without a place:
 *   what is public);
 * an institution or enterprise: the row is its own (by `institution` / `enterprise`), or else `public` holds;
 * anonymous: `public` holds. A rule without the column a caller needs shows that caller nothing.
 */
export interface ScopeRule {
  /** Column with the county-level division code of the row's place. */
  place?: string;
  /** Column with the id of the institution that owns the row. */
  institution?: string;
  /** Column with the id of the enterprise that owns the row. */
  enterprise?: string;
  /** What officers additionally require (e.g. submitted, not draft). */
  officer?: (alias: string) => ScopeCondition;
  /** What anyone may see (e.g. admitted institutions, published products). */
  public?: (alias: string) => ScopeCondition;
}

const NOTHING: ScopeCondition = { sql: '1 = 0' };

function column(alias: string, name: string): string {
  return `${alias}.${name}`;
}

/** The scope's condition on rows of `rule` under `alias`, as SQL and parameters (for builders and raw SQL alike). */
export function scopeCondition(alias: string, scope: Scope, rule: ScopeRule): ScopeCondition | null {
  const p = (name: string) => `scope_${alias}_${name}`;
  switch (scope.kind) {
    case 'ALL':
      if (!rule.place) return rule.public?.(alias) ?? NOTHING;
      return rule.officer?.(alias) ?? null;
    case 'DIVISIONS': {
      if (!rule.place) return rule.public?.(alias) ?? NOTHING;
      if (!scope.codes.length) return NOTHING;
      const officer = rule.officer?.(alias);
      const place: ScopeCondition = { sql: `${column(alias, rule.place)} IN (:...${p('codes')})`, params: { [p('codes')]: scope.codes } };
      return officer ? { sql: `(${place.sql} AND ${officer.sql})`, params: { ...place.params, ...officer.params } } : place;
    }
    case 'INSTITUTION':
      if (rule.institution) {
        return {
          sql: `${column(alias, rule.institution)} = :${p('institution')}`,
          params: { [p('institution')]: scope.institutionId ?? -1 },
        };
      }
      return rule.public?.(alias) ?? NOTHING;
    case 'ENTERPRISE':
      if (rule.enterprise) {
        return { sql: `${column(alias, rule.enterprise)} = :${p('enterprise')}`, params: { [p('enterprise')]: scope.enterpriseId ?? -1 } };
      }
      return rule.public?.(alias) ?? NOTHING;
    case 'PUBLIC':
      return rule.public?.(alias) ?? NOTHING;
  }
}

/** Narrows a query to what the scope may see of the rule's rows. */
export function applyScope<T extends object>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  scope: Scope,
  rule: ScopeRule,
): SelectQueryBuilder<T> {
  const condition = scopeCondition(alias, scope, rule);
  return condition ? qb.andWhere(condition.sql, condition.params) : qb;
}

/** Whether every place of a jurisdiction (a list of county codes, or the whole province) lies within the scope. */
export function scopeCoversPlaces(scope: Scope, places: 'ALL' | string[]): boolean {
  if (scope.kind === 'ALL') return true;
  if (scope.kind !== 'DIVISIONS' || places === 'ALL') return false;
  const own = new Set(scope.codes);
  return places.length > 0 && places.every((c) => own.has(c));
}

/** Whether a county-level place lies within an officer's scope. */
export function scopeAllowsDivision(scope: Scope, divisionCode: string): boolean {
  return scope.kind === 'ALL' || (scope.kind === 'DIVISIONS' && scope.codes.includes(divisionCode));
}

/** The scope of a user; `jurisdiction` maps a bureau's division to its county codes (or the whole province). */
export function scopeFor(user: AuthUser | undefined, jurisdiction: (divisionCode: string) => 'ALL' | string[]): Scope {
  if (!user) return PUBLIC_SCOPE;
  switch (user.role) {
    case Role.PROVINCE:
    case Role.ANALYST:
      return { kind: 'ALL' };
    case Role.CITY:
    case Role.COUNTY: {
      const codes = user.divisionCode ? jurisdiction(user.divisionCode) : [];
      return codes === 'ALL' ? { kind: 'ALL' } : { kind: 'DIVISIONS', codes };
    }
    case Role.INSTITUTION:
      return { kind: 'INSTITUTION', institutionId: user.institutionId };
    case Role.ENTERPRISE:
      return { kind: 'ENTERPRISE', enterpriseId: user.enterpriseId };
  }
}
