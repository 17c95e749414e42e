import { Card } from 'antd';
import { PageContainer } from '../../app/components';
import { useCurrentUser } from '../../app/current-user';
import { ChangePasswordForm } from '../../components';

/** 修改密码 for every signed-in user (from the header). */
export function ChangePasswordPage() {
  const user = useCurrentUser();
  return (
    <PageContainer title="修改密码">
      <Card>
        <ChangePasswordForm username={user.username} onDone={() => undefined} />
      </Card>
    </PageContainer>
  );
}
