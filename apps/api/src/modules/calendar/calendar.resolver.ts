import { Arg, Authorized, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { RequestContext } from '../../common/context';
import { Role } from '../../common/enums';
import { CalendarDay, CalendarYear } from './calendar.entity';
import { AddCalendarYearInput, CalendarDayInput } from './calendar.inputs';
import { CalendarService } from './calendar.service';

@ObjectType({ description: '节假日日历状态' })
class CalendarStatusType {
  @Field() today: string;
  @Field(() => [Int]) loadedYears: number[];
  @Field(() => Int) nextYear: number;
  @Field({ description: '12月1日起，下一年度安排尚未录入时为 true' }) nextYearMissing: boolean;
}

@Resolver()
export class CalendarResolver {
  constructor(private readonly calendar: CalendarService) {}

  @Authorized()
  @Query(() => [CalendarYear], { description: '已加载节假日安排的年份' })
  calendarYears(): Promise<CalendarYear[]> {
    return this.calendar.years();
  }

  @Authorized()
  @Query(() => [CalendarDay], { description: '某年的节假日与调休上班日' })
  calendarDays(@Arg('year', () => Int) year: number): Promise<CalendarDay[]> {
    return this.calendar.days(year);
  }

  @Authorized()
  @Query(() => CalendarStatusType)
  calendarStatus(): Promise<CalendarStatusType> {
    return this.calendar.status();
  }

  @Authorized()
  @Query(() => Boolean, { description: '是否工作日（未加载年份时报 CALENDAR_YEAR_NOT_LOADED）' })
  isWorkingDay(@Arg('date') date: string): Promise<boolean> {
    return this.calendar.isWorkingDay(date);
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => CalendarYear, { description: '新增一个年度的节假日安排' })
  addCalendarYear(@Arg('input') input: AddCalendarYearInput, @Ctx() ctx: RequestContext): Promise<CalendarYear> {
    return this.calendar.addYear(input, ctx);
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => CalendarDay, { description: '新增或修改一个节假日/调休上班日' })
  setCalendarDay(@Arg('input') input: CalendarDayInput, @Ctx() ctx: RequestContext): Promise<CalendarDay> {
    return this.calendar.setDay(input, ctx);
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => Boolean, { description: '删除一个节假日/调休上班日' })
  removeCalendarDay(@Arg('date') date: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return this.calendar.removeDay(date, ctx);
  }
}
