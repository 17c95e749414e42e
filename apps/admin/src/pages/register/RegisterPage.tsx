import { useMutation } from '@apollo/client/react';
import { App, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import { Link, useNavigate } from 'react-router';
import { isHebeiRegistered, isIndividualBusiness, parseUscc } from '@hebei/domain';
import { SignUpForm } from '../../components';
import { RegisterInstitutionMutation } from '../../graphql/registration';

// Not a registration error, but the applicant should know before filling the whole application (E1, E2).
const USCC_ELIGIBILITY_HINTS: Rule[] = [
  {
    warningOnly: true,
    validator: async (_, value?: string) => {
      const parsed = parseUscc(value ?? '');
      if (!parsed.valid) return;
      if (!isHebeiRegistered(parsed.normalized)) throw new Error('该代码显示登记机关不在河北省，将不符合入库条件（注册地须在河北省）');
      if (isIndividualBusiness(parsed.normalized)) throw new Error('该代码为个体工商户，不具有独立法人资格，将不符合入库条件');
    },
  },
];

/** Public: a service institution creates its account and starts applying (Art. 8(1)). */
export function RegisterPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [register] = useMutation(RegisterInstitutionMutation);
  return (
    <SignUpForm
      subtitle="服务机构注册"
      title="注册服务机构账号"
      intro="注册后即可在线填写《河北省优质中小企业服务资源库入库申请表》。每个统一社会信用代码只能注册一次；纸质材料仍须按通知报送所在地主管部门。"
      formName="register"
      nameLabel="单位名称"
      namePlaceholder="与营业执照或登记证书一致"
      usccRules={USCC_ELIGIBILITY_HINTS}
      divisionExtra="定州市、辛集市可直接选择"
      submitLabel="注册并开始申报"
      register={async (input) => (await register({ variables: { input } })).data?.registerInstitution}
      onSignedUp={() => {
        message.success('注册成功，请填写入库申请');
        navigate('/applications', { replace: true });
      }}
      links={
        <>
          已有账号？<Link to="/login">返回登录</Link>
        </>
      }
      footer={
        <Typography.Text type="secondary" className="login-footer">
          河北省工业和信息化厅 主办
        </Typography.Text>
      }
      data-testid="register-form"
    />
  );
}
