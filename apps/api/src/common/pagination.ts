import { ClassType, Field, Int, ObjectType, ArgsType } from 'type-graphql';
import { Max, MaxLength, Min, IsOptional, IsString } from 'class-validator';
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
