import { Typography } from 'antd';
import { PRIVACY_NOTICE_VERSION } from '@hebei/domain';
import { HELP_HOTLINE } from '../app/labels';

const { Paragraph, Title } = Typography;

/** 《隐私声明》 shown at self-registration; its version is what the consent records (bump it in @hebei/domain on change). */
export function PrivacyNotice() {
  return (
    <div className="privacy-notice" data-testid="privacy-notice">
      <Paragraph type="secondary">版本：{PRIVACY_NOTICE_VERSION}</Paragraph>
      <Paragraph>
        河北省工业和信息化厅（以下简称“我们”）依据《中华人民共和国个人信息保护法》和《河北省优质中小企业服务资源库管理指南》，
        在您注册和使用本平台时处理以下信息。
      </Paragraph>
      <Title level={5}>一、收集的信息</Title>
      <Paragraph>
        单位名称、统一社会信用代码、所在县（市、区）、联系人姓名、联系电话、登录用户名和密码（仅保存不可逆的摘要）；
        使用过程中产生的操作记录和访问地址（IP）。
      </Paragraph>
      <Title level={5}>二、使用目的</Title>
      <Paragraph>
        用于账号登录和安全保护、入库申报与审核、服务预约与对接、动态管理（季度填报、重大变化报告、年度评价）和依法统计分析。
        不用于与上述目的无关的用途，不向第三方出售。
      </Paragraph>
      <Title level={5}>三、公开与共享</Title>
      <Paragraph>
        入库服务机构的单位名称、服务类别和对外联系方式按指南第八条、第十三条在服务资源库中公开；
        其他信息仅向负责审核和管理的各级工业和信息化主管部门提供。数据分析人员看到的电话、邮箱和证件类号码均经脱敏处理。
      </Paragraph>
      <Title level={5}>四、保存与安全</Title>
      <Paragraph>
        信息保存在境内服务器，采取访问控制、操作审计和加密传输等措施；账号注销或机构移出资源库后，按档案管理规定的期限保存后删除或匿名化。
      </Paragraph>
      <Title level={5}>五、您的权利</Title>
      <Paragraph>
        您可以查阅、更正本单位信息，可以撤回同意并申请注销账号（撤回不影响此前处理的效力，但将无法继续申报或预约）。
        如有疑问，请拨打服务热线 {HELP_HOTLINE.phone}
        {HELP_HOTLINE.sample ? '（示例号码）' : ''}（{HELP_HOTLINE.hours}）。
      </Paragraph>
    </div>
  );
}
