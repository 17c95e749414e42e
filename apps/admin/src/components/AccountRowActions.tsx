import { App, Button, Popconfirm, Space } from 'antd';
import { errorMessage } from '../app/errors';
import type { AccountStatus } from '../graphql/generated/graphql';

export interface OneTimePassword {
  username: string;
  password: string;
}

export interface AccountRowActionsProps {
  username: string;
  status: AccountStatus;
  /** Resets the password; resolves to the one-time password the API hands out once. */
  resetPassword: () => Promise<string>;
  /** Enables (true) or disables (false) the account. */
  setActive: (active: boolean) => Promise<unknown>;
  /** Where the page may unlock a locked account (用户管理); without it no 解锁 is offered. */
  unlock?: () => Promise<unknown>;
  /** False on the signed-in user's own row: nobody disables themselves. */
  canDisable?: boolean;
  /** The new one-time password, for the page's OneTimePasswordModal. */
  onOneTimePassword: (secret: OneTimePassword) => void;
}

/**
 * The row actions of an account list (用户管理, 本单位账号): 解锁, 重置密码 and 停用/启用, each confirmed where it
 * takes something away, each saying what it did or why it failed.
 */
export function AccountRowActions({
  username,
  status,
  resetPassword,
  setActive,
  unlock,
  canDisable = true,
  onOneTimePassword,
}: AccountRowActionsProps) {
  const { message } = App.useApp();
  const disabled = status === 'DISABLED';

  const act = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      message.success(done);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };

  return (
    <Space size={0} wrap>
      {unlock && status === 'LOCKED' ? (
        <Button type="link" size="small" onClick={() => void act(unlock, `已解锁 ${username}`)}>
          解锁
        </Button>
      ) : null}
      <Popconfirm
        title={`重置 ${username} 的密码？`}
        description="将生成一次性密码，原密码立即失效。"
        okText="重置"
        cancelText="取消"
        onConfirm={() => act(async () => onOneTimePassword({ username, password: await resetPassword() }), `已重置 ${username} 的密码`)}
      >
        <Button type="link" size="small">
          重置密码
        </Button>
      </Popconfirm>
      {canDisable ? (
        <Popconfirm
          title={disabled ? `启用 ${username}？` : `停用 ${username}？`}
          description={disabled ? undefined : '停用后该账号立即不能登录。'}
          okText={disabled ? '启用' : '停用'}
          cancelText="取消"
          onConfirm={() => act(() => setActive(disabled), disabled ? `已启用 ${username}` : `已停用 ${username}`)}
        >
          <Button type="link" size="small" danger={!disabled}>
            {disabled ? '启用' : '停用'}
          </Button>
        </Popconfirm>
      ) : null}
    </Space>
  );
}
