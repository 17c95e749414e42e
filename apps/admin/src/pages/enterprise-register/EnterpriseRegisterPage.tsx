import { useMutation } from '@apollo/client/react';
import { App } from 'antd';
import type { Rule } from 'antd/es/form';
import { useState } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { HEBEI_DIVISION_PREFIX, isHebeiRegistered, parseUscc } from '@hebei/domain';
import { canOpenPath } from '../../app/access';
import { session } from '../../app/session';
import { SignUpForm } from '../../components';
import { RegisterEnterpriseMutation } from '../../graphql/enterprise';

// The registry serves Hebei's SMEs: a code from another province is refused, not only warned about.
const USCC_IN_HEBEI: Rule = {
  validator: async (_, value?: string) => {
    const parsed = parseUscc(value ?? '');
    if (parsed.valid && !isHebeiRegistered(parsed.normalized)) {
      throw new Error(`本库服务河北省中小企业，统一社会信用代码须为河北省登记机关赋码（第3–4位为${HEBEI_DIVISION_PREFIX}）`);
    }
  },
};

/** Public sign-up for SMEs; on success the new account is signed in and lands in the registry (or where it came from). */
export function EnterpriseRegisterPage() {
  const [alreadySignedIn] = useState(() => !!session.getToken());
  const navigate = useNavigate();
  const location = useLocation();
  const { message } = App.useApp();
  const [register] = useMutation(RegisterEnterpriseMutation);
  const from = (location.state as { from?: string } | null)?.from;

  if (alreadySignedIn) return <Navigate to="/" replace />;

  return (
    <SignUpForm
      subtitle="中小企业注册"
      title="企业注册"
      intro="注册后即可在线预约服务资源库中服务机构的服务产品，并对服务进行评价。每个统一社会信用代码只能注册一个账号。"
      formName="registerEnterprise"
      nameLabel="企业名称"
      namePlaceholder="与营业执照一致"
      usccRules={[USCC_IN_HEBEI]}
      submitLabel="注册并登录"
      register={async (input) => (await register({ variables: { input } })).data?.registerEnterprise}
      onSignedUp={(user) => {
        message.success(`注册成功，欢迎您，${user.displayName}`);
        navigate(from && canOpenPath(user.role, from.split('?')[0]) ? from : '/registry', { replace: true });
      }}
      links={
        <>
          已有账号？
          <Link to="/login" state={{ from }}>
            直接登录
          </Link>
          <span className="link-separator">|</span>
          <Link to="/public/registry">先浏览服务资源库</Link>
        </>
      }
      data-testid="register-enterprise-form"
    />
  );
}
