import { Arg, Query, Resolver } from 'type-graphql';
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
}
