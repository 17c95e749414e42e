import { PhoneOutlined } from '@ant-design/icons';
import { Card, Collapse, Descriptions, Flex, Space, Tag, Tooltip, Typography } from 'antd';
import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import { BOOKING_RESPONSE_WORKING_DAYS, MAJOR_CHANGE_REPORT_MONTHS, PUBLIC_NOTICE_WORKING_DAYS, REENTRY_BAN_YEARS } from '@hebei/domain';
import { HELP_HOTLINE, SYSTEM_NAME } from '../../app/labels';
import { useToken } from '../../app/session';
import './help.css';

const { Paragraph, Text, Title } = Typography;

/** A link to an article of the guideline below, e.g. <Art n={8} /> → 第八条. */
const NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四'];
function Art({ n, children }: { n: number; children?: ReactNode }) {
  return <a href={`#art-${n}`}>{children ?? `第${NUMERALS[n]}条`}</a>;
}

interface Guide {
  key: string;
  role: string;
  steps: ReactNode[];
}

const GUIDES: Guide[] = [
  {
    key: 'enterprise',
    role: '中小企业',
    steps: [
      <>在登录页点击“企业注册”，填写企业信息、阅读并同意《隐私声明》、输入图形验证码后即完成注册并登录。</>,
      <>
        在“服务资源库”中按服务类别和服务性质（公益性 / 社会化，
        <Art n={9} />
        ）查找服务机构及其服务产品。
      </>,
      <>
        对需要的服务产品点击“预约”，填写需求和联系方式；服务机构应在 {BOOKING_RESPONSE_WORKING_DAYS} 个工作日内答复（
        <Art n={13} />
        ）。
      </>,
      <>
        在“我的预约”中查看答复，服务完成后评价服务质量（评价计入年度评价，
        <Art n={12} />
        ）。
      </>,
    ],
  },
  {
    key: 'institution',
    role: '服务机构',
    steps: [
      <>
        在登录页点击“服务机构注册”，注册后在“入库申报”中新建申请，填写《入库申请表》并上传附件（
        <Art n={7} />
        ）。
      </>,
      <>
        系统按 <Art n={6} /> 逐项检查申报条件（E1–E10），全部满足方可提交；提交后由县、市、省三级审核（
        <Art n={8} />
        ）。
      </>,
      <>
        入库后维护服务产品和服务案例，并在“工作台”及时答复企业预约（
        <Art n={13} />
        ）。
      </>,
      <>
        每季度在截止日（3月、6月、9月、12月的15日）前完成季度填报（
        <Art n={10} />
        ）。
      </>,
      <>
        发生更名、合并、迁址等重大变化的，应在 {MAJOR_CHANGE_REPORT_MONTHS} 个月内提交重大变化报告（
        <Art n={11} />
        ）。
      </>,
    ],
  },
  {
    key: 'county',
    role: '县级主管部门',
    steps: [
      <>
        在“入库审核 · 待初审”中逐条审核本辖区的申请，可通过、退回修改或不予通过（
        <Art n={8} />
        ）。
      </>,
      <>审核后点击“下一条”继续处理同一队列；工作台显示各队列的待办数量。</>,
    ],
  },
  {
    key: 'city',
    role: '市级主管部门',
    steps: [
      <>
        在“入库审核 · 待推荐”中填写推荐意见，并导出推荐汇总表（附件4，
        <Art n={8} />
        ）。
      </>,
      <>
        核实本辖区服务机构的重大变化报告（
        <Art n={11} />
        ），关注季度填报情况（
        <Art n={10} />
        ）。
      </>,
      <>在“用户管理”中管理所辖县（市、区）主管部门的账号。</>,
    ],
  },
  {
    key: 'province',
    role: '省工业和信息化厅',
    steps: [
      <>
        管理申报批次，终审并可实地抽查，发布入库公示（{PUBLIC_NOTICE_WORKING_DAYS} 个工作日）并处理异议（
        <Art n={8} />
        ）。
      </>,
      <>
        组织年度评价、公益活动，决定移出（
        <Art n={12} />、<Art n={14} />
        ）；维护节假日安排和账号。
      </>,
    ],
  },
  {
    key: 'analyst',
    role: '数据分析人员',
    steps: [<>在“数据分析”中自定义查询、保存和导出；电话、邮箱等个人信息均已脱敏。</>],
  },
];

const ARTICLES: { n: number; title: string; text: string }[] = [
  { n: 5, title: '年度评价', text: '服务资源库实行年度评价，评价结果作为动态调整的依据。' },
  {
    n: 6,
    title: '入库条件',
    text: '在河北省依法登记、具有独立法人资格、成立满两年；主要服务方向不超过两个；专家、合作机构、场地与资产、服务企业数量达到规定标准；近两年无失信记录。',
  },
  { n: 7, title: '申请材料', text: '提交入库申请表及营业执照、场地证明、人员和专家名单、服务业绩等材料，并签署真实性声明。' },
  {
    n: 8,
    title: '入库程序',
    text: `县级初审、市级审核推荐、省级终审（定州、辛集、雄安新区按市级单位办理），省厅公示 ${PUBLIC_NOTICE_WORKING_DAYS} 个工作日，无异议的纳入服务资源库。`,
  },
  { n: 9, title: '服务类别与性质', text: '按数字赋能、融资促进、技术创新、检验检测等类别管理，区分公益性和社会化服务。' },
  { n: 10, title: '季度填报', text: '每季度填报服务情况；连续两个季度未按规定填报的予以通报，连续三个季度的移出服务资源库。' },
  {
    n: 11,
    title: '重大变化报告',
    text: `发生更名、合并、重组、迁址等重大变化的，应在 ${MAJOR_CHANGE_REPORT_MONTHS} 个月内报告，由市级主管部门核实。`,
  },
  {
    n: 12,
    title: '评价与移出',
    text: `年度评价不合格、失信、违法违规或弄虚作假的移出服务资源库；因失信等原因移出的 ${REENTRY_BAN_YEARS} 年内不得再次申请。`,
  },
  {
    n: 13,
    title: '服务要求',
    text: `及时更新服务产品和案例，对企业预约在 ${BOOKING_RESPONSE_WORKING_DAYS} 个工作日内答复，积极参加公益服务活动。`,
  },
  { n: 14, title: '优先推荐', text: '各级主管部门组织的公益服务活动优先邀请服务资源库内的服务机构参加。' },
];

/** 帮助: a user guide per role, the hotline and the guideline's articles; public, linked from every header and the login page. */
export function HelpPage() {
  const signedIn = !!useToken();
  return (
    <div className="help-page">
      <header className="help-header">
        <div className="help-header-inner">
          <Space size={12} align="center">
            <span className="shell-emblem" aria-hidden>
              冀
            </span>
            <span className="help-title">{SYSTEM_NAME}</span>
          </Space>
          <Space size={16}>
            <Link to="/public/registry">服务资源库</Link>
            <Link to="/public/notices">入库公示</Link>
            <Link to={signedIn ? '/' : '/login'}>{signedIn ? '返回系统' : '登录'}</Link>
          </Space>
        </div>
      </header>
      <main className="help-main" data-testid="help-page">
        <Title level={3} style={{ marginTop: 0 }}>
          帮助
        </Title>
        <Card title="服务热线" data-testid="help-hotline">
          <Flex gap={12} align="center" wrap>
            <PhoneOutlined style={{ fontSize: 20, color: '#1f5fbf' }} />
            <Text strong style={{ fontSize: 18 }}>
              {HELP_HOTLINE.phone}
            </Text>
            {HELP_HOTLINE.sample ? (
              <Tooltip title="演示用的示例号码；部署时以 VITE_HELP_HOTLINE 设置运营单位的服务热线">
                <Tag color="orange" data-testid="hotline-sample">
                  示例
                </Tag>
              </Tooltip>
            ) : null}
            <Text type="secondary">{HELP_HOTLINE.hours}</Text>
          </Flex>
          <Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {HELP_HOTLINE.note}
          </Paragraph>
        </Card>
        <Card title="使用指南" data-testid="help-guides">
          <Collapse
            defaultActiveKey={['enterprise', 'institution']}
            items={GUIDES.map((g) => ({
              key: g.key,
              label: g.role,
              children: (
                <ol className="help-steps">
                  {g.steps.map((s, i) => (
                    <li key={i}>{s}</li>
                  ))}
                </ol>
              ),
            }))}
          />
        </Card>
        <Card title="常见问题">
          <Descriptions
            column={1}
            bordered
            size="small"
            items={[
              {
                key: 'forgot',
                label: '忘记密码',
                children: '请联系所在地工业和信息化主管部门核实身份后重置密码；重置后首次登录须修改密码。',
              },
              { key: 'captcha', label: '图形验证码', children: '连续3次密码错误后登录须输入图形验证码；看不清时点击图片换一张。' },
              { key: 'locked', label: '账户锁定', children: '连续5次密码错误账户锁定15分钟，到时自动解锁，也可联系主管部门解锁。' },
            ]}
          />
        </Card>
        <Card title="《河北省优质中小企业服务资源库管理指南》条款速查" data-testid="help-articles">
          {ARTICLES.map((a) => (
            <Fragment key={a.n}>
              <Paragraph id={`art-${a.n}`} className="help-article">
                <Text strong>
                  第{NUMERALS[a.n]}条 {a.title}
                </Text>
                ：{a.text}
              </Paragraph>
            </Fragment>
          ))}
          <Paragraph type="secondary" style={{ marginBottom: 0 }}>
            以上为要点摘录，以河北省工业和信息化厅印发的正式文本为准。
          </Paragraph>
        </Card>
      </main>
    </div>
  );
}
