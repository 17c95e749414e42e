export enum InstitutionErrorCode {
  USCC_INVALID = 'USCC_INVALID',
  USCC_TAKEN = 'USCC_TAKEN',
  DIVISION_UNKNOWN = 'DIVISION_UNKNOWN',
  DIVISION_OUT_OF_JURISDICTION = 'DIVISION_OUT_OF_JURISDICTION',
}

export const InstitutionMessages = {
  USCC_TAKEN: '该统一社会信用代码已登记',
  DIVISION_UNKNOWN: '区划代码不存在或不是县级单位',
  DIVISION_OUT_OF_JURISDICTION: '该区划不在您的管辖范围内',
} as const;
