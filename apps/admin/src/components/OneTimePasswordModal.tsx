import { Alert, Modal, Typography } from 'antd';

/** The one-time password, shown once: the API never returns it again. */
export function OneTimePasswordModal({ value, onClose }: { value: { username: string; password: string } | null; onClose: () => void }) {
  return (
    <Modal
      open={!!value}
      title="一次性密码"
      okText="我已记下"
      cancelButtonProps={{ style: { display: 'none' } }}
      onOk={onClose}
      onCancel={onClose}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="一次性密码只显示这一次，关闭后无法再次查看。请通过安全渠道告知账号使用人；首次登录后须立即修改。"
      />
      <p>
        账号：<Typography.Text strong>{value?.username}</Typography.Text>
      </p>
      <p>
        一次性密码：
        <Typography.Text code copyable={{ text: value?.password }} data-testid="one-time-password">
          {value?.password}
        </Typography.Text>
      </p>
    </Modal>
  );
}
