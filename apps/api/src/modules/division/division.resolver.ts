import { Arg, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { DivisionLevel } from '../../common/enums';
import { Division } from './division.entity';
import { DivisionService } from './division.service';

@Resolver(() => Division)
export class DivisionResolver {
  constructor(private readonly service: DivisionService) {}

  @Query(() => [Division], { description: '河北省行政区划（公开数据）；可按上级或层级筛选' })
  divisions(
    @Arg('parentCode', () => String, { nullable: true }) parentCode?: string,
    @Arg('level', () => DivisionLevel, { nullable: true }) level?: DivisionLevel,
  ): Division[] {
    return this.service.list({ parentCode: parentCode ?? undefined, level: level ?? undefined });
  }

  @Query(() => Division, { nullable: true })
  division(@Arg('code') code: string): Division | null {
    return this.service.get(code) ?? null;
  }

  @FieldResolver(() => Division, { nullable: true, description: '本库口径的上级（县的市级单位；市级单位的上级为省）' })
  parent(@Root() division: Division): Division | null {
    return division.parentCode ? (this.service.get(division.parentCode) ?? null) : null;
  }

  @FieldResolver(() => String, { description: '带市级单位的全称，如“承德市平泉市”；市级单位为其本名' })
  fullName(@Root() division: Division): string {
    const parent = division.parentCode ? this.service.get(division.parentCode) : undefined;
    return parent && parent.level === 'CITY' ? `${parent.name}${division.name}` : division.name;
  }
}
