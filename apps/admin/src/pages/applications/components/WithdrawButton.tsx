import { RollbackOutlined } from '@ant-design/icons';
import { useMutation } from '@apollo/client/react';
import { App, Button } from 'antd';
import { errorCode, errorMessage } from '../../../app/errors';
import { WithdrawApplicationMutation } from '../../../graphql/applications';
import type { ApplicationDetailFragment } from '../../../graphql/generated/graphql';

/** 撤回申请 until the county acts; if the county acted first, the API says so and the page reloads. */
export function WithdrawButton({
  application: a,
  onChanged,
}: {
  application: ApplicationDetailFragment;
  onChanged: () => Promise<unknown>;
}) {
  const { message, modal } = App.useApp();
  const [withdraw] = useMutation(WithdrawApplicationMutation);

  const confirm = () =>
    modal.confirm({
      title: '确认撤回该申请？',
      content: `撤回后申请回到草稿状态，从审核部门的待审核队列中移出，并通知审核部门。您可以修改后在${a.batch.onlineDeadline}前重新提交。审核部门一旦作出初审决定，就不能再撤回。`,
      okText: '确认撤回',
      okButtonProps: { danger: true },
      cancelText: '暂不撤回',
      onOk: async () => {
        try {
          await withdraw({ variables: { id: a.id, expectedVersion: a.version } });
          message.success('申请已撤回，可修改后重新提交');
        } catch (e) {
          message.error(errorCode(e) === 'CONFLICT' ? '审核部门已处理该申请，不能再撤回；页面已刷新' : errorMessage(e));
        }
        await onChanged();
      },
    });

  return (
    <Button danger icon={<RollbackOutlined />} onClick={confirm} data-testid="withdraw-application">
      撤回申请
    </Button>
  );
}
