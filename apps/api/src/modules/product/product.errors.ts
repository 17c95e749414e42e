import { AppError } from '../../common/errors';

export enum ProductErrorCode {
  INSTITUTION_NOT_ADMITTED = 'INSTITUTION_NOT_ADMITTED',
  CATEGORY_UNKNOWN = 'CATEGORY_UNKNOWN',
  PRICE_NOTE_REQUIRED = 'PRICE_NOTE_REQUIRED',
  PRODUCT_LIMIT_REACHED = 'PRODUCT_LIMIT_REACHED',
  PRODUCT_HAS_BOOKINGS = 'PRODUCT_HAS_BOOKINGS',
}

/** Enough for any real catalogue; keeps the nested `products` list of a browse page bounded. */
export const MAX_PRODUCTS_PER_INSTITUTION = 50;

export const ProductMessages = {
  INSTITUTION_NOT_ADMITTED: '贵机构尚未入库（或已移出），入库后方可维护服务产品、服务案例和公开信息',
  CATEGORY_UNKNOWN: (code: string) => `服务类别“${code}”不存在`,
  PRICE_NOTE_REQUIRED: '收费产品须填写收费说明',
  PRODUCT_LIMIT_REACHED: `每个机构最多维护${MAX_PRODUCTS_PER_INSTITUTION}个服务产品`,
  PRODUCT_HAS_BOOKINGS: '该产品已有预约记录，不能删除，可改为下架',
} as const;

export const institutionNotAdmitted = () =>
  new AppError(ProductErrorCode.INSTITUTION_NOT_ADMITTED, ProductMessages.INSTITUTION_NOT_ADMITTED);
export const productHasBookings = () => new AppError(ProductErrorCode.PRODUCT_HAS_BOOKINGS, ProductMessages.PRODUCT_HAS_BOOKINGS);
