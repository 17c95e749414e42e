import { ClassType, Field, InputType, Int, ObjectType, ArgsType, registerEnumType } from 'type-graphql';
import { IsIn, Max, MaxLength, Min, IsOptional, IsString } from 'class-validator';
import type { SelectQueryBuilder } from 'typeorm';
import { AppError } from './errors';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: '分页信息', simpleResolvers: true })
export class PageInfo {
  @Field() hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `每页条数，1–${MAX_PAGE_SIZE}` })
  @IsOptional()
  @Min(1, { message: '每页条数至少为1' })
  @Max(MAX_PAGE_SIZE, { message: `每页最多${MAX_PAGE_SIZE}条` })
  first?: number;

  @Field(() => String, { nullable: true, description: '上一页最后一条的游标' })
  @IsOptional()
  @IsString({ message: '分页游标无效' })
  @MaxLength(200, { message: '分页游标无效' })
  after?: string;
}

export interface Connection<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
}

export function ConnectionType<T extends object>(nodeClass: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field() cursor: string;
    @Field(() => nodeClass) node: T;
  }
  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => Int, { description: '符合条件的总数' }) totalCount: number;
    @Field(() => [Edge]) edges: Edge[];
    @Field(() => PageInfo) pageInfo: PageInfo;
  }
  return ConnectionClass;
}

export function encodeCursor(id: number): string {
  return Buffer.from(`id:${id}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string | undefined | null): number | undefined {
  if (!cursor) return undefined;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^id:(\d{1,10})$/.exec(text);
  if (!match)
    throw new AppError('BAD_USER_INPUT', '分页游标无效', { fields: [{ field: 'after', code: 'INVALID_CURSOR', message: '分页游标无效' }] });
  return Number(match[1]);
}

export function pageSize(first?: number): number {
  return first ?? DEFAULT_PAGE_SIZE;
}

/** Rows were fetched with LIMIT size+1, ordered by id ascending. */
export function toConnection<T extends { id: number }>(rows: T[], size: number, totalCount: number): Connection<T> {
  const page = rows.slice(0, size);
  return {
    totalCount,
    edges: page.map((node) => ({ cursor: encodeCursor(node.id), node })),
    pageInfo: {
      hasNextPage: rows.length > size,
      endCursor: page.length ? encodeCursor(page[page.length - 1].id) : null,
    },
  };
}

// ——— Server-side sort (issue #12 item 4) ———
// A sorted list orders by (sort column, id) in one direction, so one (column, id) index serves both directions.
// Its cursor carries the sort it was cut from, the row's sort value and its id; a cursor of another sort is refused.

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: '排序方向',
  valuesConfig: { ASC: { description: '升序' }, DESC: { description: '降序' } },
});

export interface Sort<F extends string> {
  field: F;
  direction: SortDirection;
}

/** One `…Sort` input per list: `{ field: <the list's enum>, direction }`. */
export function SortInputType<F extends string>(fieldEnum: Record<string, F>, name: string) {
  @InputType(`${name}Sort`, { description: '排序（字段与方向）' })
  class SortInput implements Sort<F> {
    @Field(() => fieldEnum, { description: '排序字段' })
    @IsIn(Object.values(fieldEnum), { message: '排序字段无效' })
    field: F;

    @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: '排序方向' })
    @IsIn(Object.values(SortDirection), { message: '排序方向无效' })
    direction: SortDirection = SortDirection.ASC;
  }
  return SortInput;
}

/**
 * How a sort field maps to SQL: the column expression, the entity property that holds its value, its kind.
 * No datetime kind: a Date does not round-trip exactly through both drivers (SQLite's CreateDateColumn text has no
 * milliseconds, MariaDB keeps microseconds), so "newest first" sorts by id, which follows insertion time.
 */
export interface SortKey {
  column: string;
  property: string;
  kind: 'string' | 'number' | 'date';
  nullable?: boolean;
}

type SortValue = string | number | null;

const badCursor = (message = '分页游标无效', code = 'INVALID_CURSOR') =>
  new AppError('BAD_USER_INPUT', message, { fields: [{ field: 'after', code, message }] });

function sortValueOf(key: SortKey, row: object): SortValue {
  const value = (row as Record<string, unknown>)[key.property];
  if (value === null || value === undefined) return null;
  return typeof value === 'number' ? value : String(value);
}

export function encodeSortCursor(sort: Sort<string>, value: SortValue, id: number): string {
  return Buffer.from(JSON.stringify([sort.field, sort.direction, value, id]), 'utf8').toString('base64url');
}

function validValue(key: SortKey, value: unknown): boolean {
  if (value === null) return !!key.nullable;
  switch (key.kind) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
    default:
      return typeof value === 'string' && value.length <= 1000;
  }
}

/** The cursor's (value, id), or BAD_USER_INPUT when it is malformed or was cut from another sort. */
export function decodeSortCursor(cursor: string, sort: Sort<string>, key: SortKey): { value: SortValue; id: number } {
  if (cursor.length > 2000) throw badCursor();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) throw badCursor();
  const [field, direction, value, id] = parsed as unknown[];
  if (typeof id !== 'number' || !Number.isInteger(id) || id < 1 || id > 2 ** 31) throw badCursor();
  if (field !== sort.field || direction !== sort.direction)
    throw badCursor('分页游标与当前排序不一致，请从第一页重新查看', 'CURSOR_SORT_MISMATCH');
  if (!validValue(key, value)) throw badCursor();
  return { value: value as SortValue, id };
}

/**
 * Orders `qb` by (key, id) in the sort's direction, continues after the cursor and answers one page.
 * Both engines sort NULL lowest (first ascending, last descending), which the cursor condition follows.
 * Count the total before calling this (the cursor condition must not narrow it).
 */
export async function sortedPage<T extends { id: number }, F extends string>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  keys: Record<F, SortKey>,
  sort: Sort<F>,
  after: string | undefined,
  size: number,
  totalCount: number,
  /** `limit`: a plain LIMIT, for queries whose only joins are many-to-one (take() would cost a second statement). */
  options: { limit?: boolean } = {},
): Promise<Connection<T>> {
  const key = keys[sort.field];
  if (!key)
    throw new AppError('BAD_USER_INPUT', '排序字段无效', { fields: [{ field: 'sort', code: 'INVALID_SORT', message: '排序字段无效' }] });
  const asc = sort.direction === SortDirection.ASC;
  const id = `${alias}.id`;
  const sameKeyAsId = key.column === id;
  if (after) {
    const c = decodeSortCursor(after, sort, key);
    const gt = asc ? '>' : '<';
    const params = { sortCursorValue: c.value, sortCursorId: c.id };
    if (sameKeyAsId) qb.andWhere(`${id} ${gt} :sortCursorId`, params);
    else if (c.value === null) {
      qb.andWhere(
        asc
          ? `((${key.column} IS NULL AND ${id} > :sortCursorId) OR ${key.column} IS NOT NULL)`
          : `(${key.column} IS NULL AND ${id} < :sortCursorId)`,
        params,
      );
    } else {
      const tail = key.nullable && !asc ? ` OR ${key.column} IS NULL` : '';
      qb.andWhere(
        `(${key.column} ${gt} :sortCursorValue OR (${key.column} = :sortCursorValue AND ${id} ${gt} :sortCursorId)${tail})`,
        params,
      );
    }
  }
  qb.orderBy(key.column, sort.direction);
  if (!sameKeyAsId) qb.addOrderBy(id, sort.direction);
  const rows = await (options.limit ? qb.limit(size + 1) : qb.take(size + 1)).getMany();
  const page = rows.slice(0, size);
  const cursorOf = (row: T) => encodeSortCursor(sort, sortValueOf(key, row), row.id);
  return {
    totalCount,
    edges: page.map((node) => ({ cursor: cursorOf(node), node })),
    pageInfo: { hasNextPage: rows.length > size, endCursor: page.length ? cursorOf(page[page.length - 1]) : null },
  };
}
