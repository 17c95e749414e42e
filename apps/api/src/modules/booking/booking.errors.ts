import { AppError } from '../../common/errors';

export enum BookingErrorCode {
  /** Raised by the domain's bookingMachine (libs/domain/src/booking.ts). */
  BOOKING_INVALID_STATE = 'BOOKING_INVALID_STATE',
  BOOKING_NOT_COMPLETED = 'BOOKING_NOT_COMPLETED',
  BOOKING_ALREADY_RATED = 'BOOKING_ALREADY_RATED',
  NO_ENTERPRISE = 'NO_ENTERPRISE',
  REASON_REQUIRED = 'REASON_REQUIRED',
  INVALID_RANGE = 'INVALID_RANGE',
}

export const BookingMessages = {
  BOOKING_NOT_COMPLETED: '服务完成后才能评价',
  BOOKING_ALREADY_RATED: '该预约已评价，不能重复评价',
  NO_ENTERPRISE: '当前账户未绑定企业，不能预约',
  REASON_REQUIRED: '请填写拒绝理由',
  INVALID_RANGE: '开始日期不能晚于结束日期',
} as const;

export const bookingNotCompleted = () => new AppError(BookingErrorCode.BOOKING_NOT_COMPLETED, BookingMessages.BOOKING_NOT_COMPLETED);
export const bookingAlreadyRated = () => new AppError(BookingErrorCode.BOOKING_ALREADY_RATED, BookingMessages.BOOKING_ALREADY_RATED);
