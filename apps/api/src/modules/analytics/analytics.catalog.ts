import { ObjectLiteral } from 'typeorm';
import {
  aggregatesForType,
  AnalyticsAggregate,
  AnalyticsFieldType,
  AnalyticsOp,
  CatalogDataset,
  CatalogField,
  isDimensionType,
  IsoDate,
  opsForType,
} from '@hebei/domain';
import { PersonalDataKind, personalFieldsOf } from '../../common/personal-data';
import { ScopeRule } from '../../common/scope';

/**
 * The analytics catalogue is declarations only: a dataset names its root entity, the joins it may need (declared once,
 * added only when a query uses them), the scope rules its rows answer to, and its fields — each with its type, label and
 * the SQL behind it. The compiler, the GraphQL catalogue, the exports and the admin's pickers all read these.
 * A new dataset is one more `defineDataset({...})` in `datasets/` and one line in `datasets/index.ts`.
 */
type EntityClass = Function & { prototype: ObjectLiteral };

export interface JoinDeclaration {
  entity: EntityClass;
  alias: string;
  /** Over the root alias and earlier joins; server text, never user input. */
  on: string;
  /** Joins this one builds on. */
  after?: string[];
}

/** Rows of a to-many table behind one field (e.g. an institution's main service directions). */
export interface ManyDeclaration {
  entity: EntityClass;
  table: string;
  /** The owning row's id column on the many side, and the root column it matches. */
  ownerColumn: string;
  rootColumn: string;
  valueColumn: string;
  orderColumn: string;
}

export interface FieldDeclaration {
  key: string;
  label: string;
  type: AnalyticsFieldType;
  /** `alias.property` of the root or of a declared join. Personal data follows the entity's @PersonalData declaration. */
  column?: string;
  /** An SQL expression over declared aliases (server text), with the aliases it reads. */
  expression?: { sql: string; aliases: string[] };
  /** A to-many value: filtered with EXISTS, grouped through a join, shown as a list. */
  many?: ManyDeclaration;
  /** DATE fields: stored as a calendar date (default) or as a UTC instant whose Beijing date counts. */
  storage?: 'date' | 'datetime';
  enumValues?: readonly { code: string; label: string }[];
  /** Narrow the type's ops / aggregates (never widen). */
  ops?: readonly AnalyticsOp[];
  aggregates?: readonly AnalyticsAggregate[];
  dimension?: boolean;
  /** May be shown as a row column (default yes). */
  listed?: boolean;
  nullable?: boolean;
  unit?: string;
  description?: string;
  earliest?: IsoDate;
  cardinality?: number;
}

export interface DatasetDeclaration {
  key: string;
  label: string;
  /** What one row is, e.g. 机构, 预约. */
  unit: string;
  description: string;
  root: { entity: EntityClass; alias: string; id: string };
  joins?: Record<string, JoinDeclaration>;
  /** Every rule the rows answer to, each on its alias (a join is added when its condition is not empty). */
  scope: { alias: string; rule: ScopeRule }[];
  fields: FieldDeclaration[];
  defaultColumns: string[];
}

/** A field as the compiler sees it: declaration + what follows from it. */
export interface ResolvedField extends CatalogField {
  decl: FieldDeclaration;
  /** Aliases (root or joins) this field reads. */
  aliases: string[];
  description: string | null;
}

export interface ResolvedDataset extends CatalogDataset {
  decl: DatasetDeclaration;
  fields: ResolvedField[];
  description: string;
}

const COLUMN_RE = /^([a-z][A-Za-z0-9]*)\.([A-Za-z][A-Za-z0-9]*)$/;

function entityOfAlias(decl: DatasetDeclaration, alias: string): EntityClass | undefined {
  if (alias === decl.root.alias) return decl.root.entity;
  return Object.values(decl.joins ?? {}).find((j) => j.alias === alias)?.entity;
}

function personalDataOf(decl: DatasetDeclaration, f: FieldDeclaration): PersonalDataKind | null {
  if (!f.column) return null;
  const [, alias, property] = COLUMN_RE.exec(f.column)!;
  const entity = entityOfAlias(decl, alias);
  return (entity ? personalFieldsOf(entity).get(property) : undefined) ?? null;
}

/** Checks a declaration once, at start-up: a typo in a catalogue is a programming error, not a user's. */
export function defineDataset(decl: DatasetDeclaration): ResolvedDataset {
  const aliases = new Set([decl.root.alias, ...Object.values(decl.joins ?? {}).map((j) => j.alias)]);
  const fields = decl.fields.map((f): ResolvedField => {
    const sources = [f.column, f.expression, f.many].filter(Boolean).length;
    if (sources !== 1) throw new Error(`analytics: ${decl.key}.${f.key} needs exactly one of column / expression / many`);
    let used: string[] = [];
    if (f.column) {
      const m = COLUMN_RE.exec(f.column);
      if (!m || !aliases.has(m[1])) throw new Error(`analytics: ${decl.key}.${f.key}: unknown column ${f.column}`);
      used = [m[1]];
    } else if (f.expression) {
      for (const a of f.expression.aliases) if (!aliases.has(a)) throw new Error(`analytics: ${decl.key}.${f.key}: unknown alias ${a}`);
      used = f.expression.aliases;
    } else {
      used = [decl.root.alias];
    }
    if (f.type === 'ENUM' && !f.enumValues?.length) throw new Error(`analytics: ${decl.key}.${f.key} is an enum without values`);
    const nullable = f.nullable ?? true;
    const ops = f.ops ?? opsForType(f.type, nullable);
    const aggregates = f.aggregates ?? aggregatesForType(f.type);
    const typeOps = opsForType(f.type);
    const typeAggregates = aggregatesForType(f.type);
    if (ops.some((o) => !typeOps.includes(o)) || aggregates.some((a) => !typeAggregates.includes(a))) {
      throw new Error(`analytics: ${decl.key}.${f.key} widens what its type allows`);
    }
    return {
      key: f.key,
      label: f.label,
      type: f.type,
      ops,
      aggregates,
      dimension: (f.dimension ?? (f.type !== 'TEXT' && isDimensionType(f.type))) && isDimensionType(f.type),
      column: f.listed ?? true,
      nullable,
      personalData: personalDataOf(decl, f),
      enumValues: f.enumValues ?? [],
      unit: f.unit ?? null,
      earliest: f.earliest ?? null,
      cardinality: f.cardinality ?? null,
      description: f.description ?? null,
      decl: f,
      aliases: used,
    };
  });
  const keys = new Set<string>();
  for (const f of fields) {
    if (keys.has(f.key)) throw new Error(`analytics: ${decl.key} declares ${f.key} twice`);
    keys.add(f.key);
  }
  for (const c of decl.defaultColumns) if (!keys.has(c)) throw new Error(`analytics: ${decl.key}: default column ${c} is not a field`);
  return {
    key: decl.key,
    label: decl.label,
    unit: decl.unit,
    description: decl.description,
    fields,
    defaultColumns: decl.defaultColumns,
    decl,
  };
}

/** Enum values from a label map (the domain's labels), in declaration order. */
export function enumValuesOf(labels: Readonly<Record<string, string>>): { code: string; label: string }[] {
  return Object.entries(labels).map(([code, label]) => ({ code, label }));
}
