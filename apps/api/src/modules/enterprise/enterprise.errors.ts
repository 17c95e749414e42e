export enum EnterpriseErrorCode {
  USCC_INVALID = 'USCC_INVALID',
  USCC_NOT_HEBEI = 'USCC_NOT_HEBEI',
  USCC_TAKEN = 'USCC_TAKEN',
  USERNAME_TAKEN = 'USERNAME_TAKEN',
  DIVISION_UNKNOWN = 'DIVISION_UNKNOWN',
}

export const EnterpriseMessages = {
  USCC_NOT_HEBEI: '本库服务河北省中小企业，统一社会信用代码须为河北省登记机关赋码（第3–4位为13）',
  USCC_TAKEN: '该统一社会信用代码已注册，请直接登录或联系管理员',
  USERNAME_TAKEN: '用户名已被占用',
  DIVISION_UNKNOWN: '区划代码不存在或不是县级单位',
} as const;
