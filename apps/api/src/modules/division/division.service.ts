import { DataSource } from 'typeorm';
import { jurisdictionCountyCodes, skipsCountyReview, RegistryDivision } from '@hebei/domain';
import { AuthUser, Scope } from '../../common/context';
import { DivisionLevel, Role } from '../../common/enums';
import { Division } from './division.entity';

/**
 * Divisions are a few hundred rows that change by migration/reference sync only,
 * so they are held in memory and jurisdiction scopes cost no query.
 */
export class DivisionService {
  private all: Division[] = [];
  private byCode = new Map<string, Division>();

  constructor(private readonly db: DataSource) {}

  async load(): Promise<void> {
    this.all = await this.db.getRepository(Division).find({ order: { code: 'ASC' } });
    this.byCode = new Map(this.all.map((d) => [d.code, d]));
  }

  get(code: string): Division | undefined {
    return this.byCode.get(code);
  }

  list(filter: { parentCode?: string | null; level?: DivisionLevel } = {}): Division[] {
    return this.all.filter(
      (d) => (filter.parentCode === undefined || d.parentCode === filter.parentCode) && (!filter.level || d.level === filter.level),
    );
  }

  private asRegistry(): RegistryDivision[] {
    return this.all as unknown as RegistryDivision[];
  }

  /** Division codes an institution may sit in for this division's bureau; 'ALL' for the province. */
  jurisdiction(code: string): 'ALL' | string[] {
    const division = this.byCode.get(code);
    if (!division) return [];
    return jurisdictionCountyCodes(division as unknown as RegistryDivision, this.asRegistry());
  }

  skipsCountyReview(code: string): boolean {
    return skipsCountyReview(code, this.asRegistry());
  }

  /** A place an institution can be registered in: a county-level unit, or a city-level unit without counties (Dingzhou, Xinji). */
  isRegistrableDivision(code: string): boolean {
    const d = this.byCode.get(code);
    if (!d) return false;
    if (d.level === DivisionLevel.COUNTY) return true;
    return d.cityLevel && !this.all.some((c) => c.parentCode === d.code);
  }

  scopeFor(user: AuthUser | undefined): Scope {
    if (!user) return { kind: 'NONE' };
    switch (user.role) {
      case Role.PROVINCE:
      case Role.ANALYST:
        return { kind: 'ALL' };
      case Role.CITY:
      case Role.COUNTY: {
        const codes = user.divisionCode ? this.jurisdiction(user.divisionCode) : [];
        return codes === 'ALL' ? { kind: 'ALL' } : { kind: 'DIVISIONS', codes };
      }
      case Role.INSTITUTION:
        return { kind: 'OWN_INSTITUTION', institutionId: user.institutionId };
      case Role.ENTERPRISE:
        return { kind: 'PUBLIC_REGISTRY' };
      default:
        return { kind: 'NONE' };
    }
  }
}
