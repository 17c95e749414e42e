import { AppError, badInput } from '../../common/errors';

export enum AccountErrorCode {
  USERNAME_TAKEN = 'USERNAME_TAKEN',
  ROLE_NOT_ALLOWED = 'ROLE_NOT_ALLOWED',
  DIVISION_NOT_ALLOWED = 'DIVISION_NOT_ALLOWED',
  WRONG_PASSWORD = 'WRONG_PASSWORD',
  SAME_PASSWORD = 'SAME_PASSWORD',
  NOT_LOCKED = 'NOT_LOCKED',
  OWN_ACCOUNT = 'OWN_ACCOUNT',
  OWN_PASSWORD = 'OWN_PASSWORD',
  LAST_ADMIN = 'LAST_ADMIN',
  NOT_ORG_ADMIN = 'NOT_ORG_ADMIN',
}

export const AccountMessages: Record<AccountErrorCode, string> = {
  USERNAME_TAKEN: '用户名已被占用',
  ROLE_NOT_ALLOWED: '市级主管部门只能为所辖县（市、区）创建县级主管部门账号',
  DIVISION_NOT_ALLOWED: '所属区划与角色不符，或不在本单位管辖范围内',
  WRONG_PASSWORD: '当前密码不正确',
  SAME_PASSWORD: '新密码不能与当前密码相同',
  NOT_LOCKED: '该账号当前未被锁定',
  OWN_ACCOUNT: '不能停用自己的账号',
  OWN_PASSWORD: '本人密码请通过“修改密码”修改',
  LAST_ADMIN: '不能停用本单位最后一个管理员账号',
  NOT_ORG_ADMIN: '仅本单位管理员可管理本单位账号',
};

export const accountFieldError = (field: string, code: AccountErrorCode) => badInput([{ field, code, message: AccountMessages[code] }]);
export const accountError = (code: AccountErrorCode) => new AppError(code, AccountMessages[code]);
