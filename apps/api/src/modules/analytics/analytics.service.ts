import { DataSource } from 'typeorm';
import { ANALYTICS_LIMITS, AnalyticsQuery, DATE_GRANULARITIES, DIVISION_LEVELS, personalFieldUse } from '@hebei/domain';
import { Actor } from '../../common/context';
import { Clock } from '../../common/clock';
import { masksPersonalData } from '../../common/personal-data';
import { Scope } from '../../common/scope';
import { Role } from '../../common/enums';
import { DivisionService } from '../division/division.service';
import { compileAnalyticsQuery, CompiledAnalyticsQuery, CompileRequest } from './analytics.compiler';
import { AnalyticsDialect, dialectFor, isStatementTimeout } from './analytics.dialect';
import { statementTimeout } from './analytics.errors';
import { AnalyticsCatalog, AnalyticsFieldInfo, AnalyticsResult, AnalyticsResultMode } from './analytics.types';
import { ANALYTICS_DATASETS } from './datasets';
import { SavedAnalyticsQueryRow } from './saved-query.entity';

/** Who may run queries, save them and export results (SPEC §1, §6); the scope decides which rows. */
export const ANALYTICS_ROLES: readonly Role[] = [Role.PROVINCE, Role.CITY, Role.COUNTY, Role.ANALYST];
/** Whose home page the dashboard is. */
export const DASHBOARD_ROLES: readonly Role[] = [Role.PROVINCE, Role.CITY, Role.ANALYST];

/** Who runs a query: the scope decides the rows, the role the masking. */
export interface AnalyticsCaller extends Actor {
  scope: Scope;
}

export interface RunPage {
  first?: number | null;
  after?: string | null;
  withTotal?: boolean;
  maxPageSize?: number;
}

export class AnalyticsService {
  readonly dialect: AnalyticsDialect;

  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly divisions: DivisionService,
    /** The statement time limit (ms): MAX_EXECUTION_TIME / max_statement_time / the SQLite guard. */
    public statementTimeoutMs: number,
  ) {
    this.dialect = dialectFor(db);
  }

  /** The catalogue as this role may use it: personal data only as masked columns for ANALYST. */
  catalog(role: Role | undefined): AnalyticsCatalog {
    const masked = masksPersonalData(role);
    return {
      datasets: ANALYTICS_DATASETS.map((d) => ({
        key: d.key,
        label: d.label,
        unit: d.unit,
        description: d.description,
        defaultColumns: [...d.defaultColumns],
        fields: d.fields.map((f): AnalyticsFieldInfo => {
          const personal = !!f.personalData;
          return {
            key: f.key,
            label: f.label,
            type: f.type,
            ops: f.ops.filter((op) => !personal || personalFieldUse(masked, 'filter', op)),
            aggregates: f.aggregates.filter((a) => !personal || personalFieldUse(masked, 'aggregate', a)),
            dimension: f.dimension && (!personal || personalFieldUse(masked, 'dimension')),
            listed: f.column,
            sortable: f.column && !f.decl.many && (!personal || personalFieldUse(masked, 'sort')),
            nullable: f.nullable,
            multiple: !!f.decl.many,
            granularities: f.type === 'DATE' ? [...DATE_GRANULARITIES] : [],
            levels: f.type === 'DIVISION' ? [...DIVISION_LEVELS] : [],
            personalData: f.personalData,
            enumValues: f.enumValues.map((e) => ({ ...e })),
            unit: f.unit ?? null,
            description: f.description,
          };
        }),
      })),
      limits: {
        maxFilterDepth: ANALYTICS_LIMITS.maxFilterDepth,
        maxFilterLeaves: ANALYTICS_LIMITS.maxFilterLeaves,
        maxDimensions: ANALYTICS_LIMITS.maxDimensions,
        maxMeasures: ANALYTICS_LIMITS.maxMeasures,
        maxGroups: ANALYTICS_LIMITS.maxGroups,
        maxPageSize: ANALYTICS_LIMITS.maxPageSize,
        maxExportRows: ANALYTICS_LIMITS.maxExportRows,
        statementTimeoutMs: this.statementTimeoutMs,
      },
    };
  }

  /** Input → one statement for this caller (typed errors for anything refused); nothing runs yet. */
  compile(caller: AnalyticsCaller, query: AnalyticsQuery, page?: RunPage): CompiledAnalyticsQuery {
    const req: CompileRequest = {
      query,
      scope: caller.scope,
      role: caller.user?.role,
      today: this.clock.today(),
      divisions: this.divisions,
      dialect: this.dialect,
      db: this.db,
      timeLimitMs: this.statementTimeoutMs,
      page,
    };
    return compileAnalyticsQuery(req);
  }

  /** Runs a compiled statement; a statement stopped by its time limit answers ANALYTICS_TIMEOUT. */
  async execute(compiled: Pick<CompiledAnalyticsQuery, 'sql' | 'parameters'>): Promise<Record<string, unknown>[]> {
    try {
      const rows: unknown = await this.db.query(compiled.sql, compiled.parameters);
      return rows as Record<string, unknown>[];
    } catch (e) {
      if (isStatementTimeout(e)) throw statementTimeout();
      throw e;
    }
  }

  /** One statement (plus, for a saved query, the stamp of its last run). */
  async run(caller: AnalyticsCaller, query: AnalyticsQuery, page: RunPage = {}, savedQueryId?: number): Promise<AnalyticsResult> {
    const compiled = this.compile(caller, query, page);
    const decoded = compiled.decode(await this.execute(compiled));
    if (savedQueryId !== undefined && caller.user) await this.stampRun(savedQueryId, caller.user.id);
    return {
      mode: compiled.normalized.mode === 'groups' ? AnalyticsResultMode.GROUPS : AnalyticsResultMode.ROWS,
      columns: compiled.columns,
      rows: decoded.rows,
      totalCount: decoded.totalCount,
      pageInfo: { hasNextPage: decoded.hasNextPage, endCursor: decoded.endCursor },
      explanation: compiled.explanation,
    };
  }

  /**
   * Usage metadata ("last run"), like a login time: not a change of anyone's data, so no audit row. Only a query the
   * runner may open is stamped; any other id changes nothing.
   */
  private async stampRun(id: number, userId: number): Promise<void> {
    await this.db
      .createQueryBuilder()
      .update(SavedAnalyticsQueryRow)
      .set({ lastRunAt: this.clock.now(), updatedAt: () => 'updatedAt' })
      .where('id = :id AND (ownerId = :userId OR shared = :shared)', { id, userId, shared: true })
      .execute();
  }
}
