import { DataSource } from 'typeorm';
import { jurisdictionCountyCodes, skipsCountyReview, RegistryDivision } from '@hebei/domain';
import { AuthUser } from '../../common/context';
import { Scope, scopeFor } from '../../common/scope';
import { DivisionLevel } from '../../common/enums';
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

  /** The city-level unit an institution's place belongs to (a city-level place such as 定州 is its own city). */
  cityOf(code: string): Division | undefined {
    const d = this.byCode.get(code);
    if (!d) return undefined;
    return d.cityLevel || !d.parentCode ? d : this.byCode.get(d.parentCode);
  }

  /** A place as the dynamic-management screens and exports show it: "承德市双桥区", a city alone; an unknown code as is. */
  placeName(code: string): string {
    const d = this.byCode.get(code);
    const city = this.cityOf(code);
    return d ? (city && city.code !== d.code ? `${city.name}${d.name}` : d.name) : code;
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

  /** The caller's scope (common/scope.ts) with this service's jurisdictions. */
  scopeFor(user: AuthUser | undefined): Scope {
    return scopeFor(user, (code) => this.jurisdiction(code));
  }
}
