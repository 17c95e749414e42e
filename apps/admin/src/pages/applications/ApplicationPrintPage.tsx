import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button, Flex, Skeleton, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../app/components/ErrorAlert';
import { INSTITUTION_TYPE_LABELS, SERVICE_NATURE_LABELS, labelOf } from '../../app/labels';
import { ApplicationQuery } from '../../graphql/applications';
import type { ApplicationDetailFragment } from '../../graphql/generated/graphql';
import { ServiceCategoriesQuery } from '../../graphql/reference';
import { DECLARATION_TEXT } from './lib/form-values';
import { chineseCount, num } from '../../app/format';
import './applications.css';
import './print.css';
import { MAX_MAIN_CATEGORIES } from '@hebei/domain';

const v = (x: string | null | undefined) => x ?? '';
const MIN_ROWS = 5;

/** Pads a paper table with empty rows so a short list still looks like the printed form. */
function pad<T>(rows: T[]): (T | null)[] {
  return [...rows, ...Array<null>(Math.max(0, MIN_ROWS - rows.length)).fill(null)];
}

/** Attachment 2 as it is printed, signed and bound: the 申请表 and its three tables and the declaration. */
export function ApplicationPrintPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(ApplicationQuery, { variables: { id } });
  const categories = useQuery(ServiceCategoriesQuery);
  const a = data?.application;

  return (
    <div className="print-view">
      <Flex justify="space-between" align="center" className="print-toolbar">
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(`/applications/${id}`)}>
          返回申请详情
        </Button>
        <Typography.Text type="secondary">打印预览：按附件2纸质格式排版，建议A4纵向打印</Typography.Text>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!a}>
          打印
        </Button>
      </Flex>
      {error ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      {loading && !a ? <Skeleton active paragraph={{ rows: 16 }} /> : null}
      {a ? <PaperForm a={a} allCategories={categories.data?.serviceCategories ?? []} /> : null}
    </div>
  );
}

function PaperForm({ a, allCategories }: { a: ApplicationDetailFragment; allCategories: { code: string; name: string }[] }) {
  const last = a.lastYear;
  const checked = (code: string) => (a.mainCategories.includes(code) ? '☑' : '☐');
  return (
    <div className="paper" data-testid="print-paper">
      <section className="paper-page">
        <h1 className="paper-title">河北省优质中小企业服务资源库入库申请表</h1>
        <div className="paper-meta">
          <span>入库单位（盖章）：{a.name}</span>
          <span>填报日期：{a.submittedAt ? a.submittedAt.slice(0, 10) : '　　年　　月　　日'}</span>
        </div>
        <table className="paper-table">
          <colgroup>
            <col style={{ width: '15%' }} />
            <col style={{ width: '20%' }} />
            <col style={{ width: '13%' }} />
            <col style={{ width: '17%' }} />
            <col style={{ width: '15%' }} />
            <col style={{ width: '20%' }} />
          </colgroup>
          <tbody>
            <tr>
              <th>单位名称</th>
              <td colSpan={3}>{a.name}</td>
              <th>机构性质</th>
              <td>{a.institutionType ? labelOf(INSTITUTION_TYPE_LABELS, a.institutionType) : ''}</td>
            </tr>
            <tr>
              <th>地　　址</th>
              <td colSpan={3}>{v(a.address)}</td>
              <th>邮政编码</th>
              <td>{v(a.postalCode)}</td>
            </tr>
            <tr>
              <th>法定代表人</th>
              <td colSpan={3}>{v(a.legalRepresentative)}</td>
              <th>成立日期</th>
              <td>{v(a.foundedOn)}</td>
            </tr>
            <tr>
              <th>统一社会信用代码</th>
              <td colSpan={3} className="mono">
                {a.uscc}
              </td>
              <th>服务性质</th>
              <td>{a.nature ? labelOf(SERVICE_NATURE_LABELS, a.nature) : ''}</td>
            </tr>
            <tr>
              <th>注册资本（万元）</th>
              <td>{a.registeredCapital ?? ''}</td>
              <th>联系人</th>
              <td>{v(a.contactPerson)}</td>
              <th>联系电话</th>
              <td>{v(a.contactPhone)}</td>
            </tr>
            <tr>
              <th>电子信箱</th>
              <td>{v(a.email)}</td>
              <th>从业人数</th>
              <td>{a.employees ?? ''}</td>
              <th>大专以上和中级职称以上人数</th>
              <td>{a.qualifiedStaff ?? ''}</td>
            </tr>
            <tr>
              <th>合作专家数量</th>
              <td colSpan={3}>
                {a.cooperatingExperts ?? ''}
                {a.seniorExperts != null ? `（其中副高级以上 ${a.seniorExperts} 人）` : ''}
              </td>
              <th>合作机构数量</th>
              <td>{a.cooperatingInstitutions ?? ''}</td>
            </tr>
            <tr>
              <th>服务资产（万元）</th>
              <td>{a.serviceAssets ?? ''}</td>
              <th>总资产（万元）</th>
              <td>{a.totalAssets ?? ''}</td>
              <th>服务场地（平方米）</th>
              <td>{a.premisesArea ?? ''}</td>
            </tr>
            <tr>
              <th>主要服务方向（最多选择{chineseCount(MAX_MAIN_CATEGORIES)}项）</th>
              <td colSpan={5} className="paper-choices">
                {allCategories
                  .filter((c) => c.code !== 'OTHER')
                  .map((c) => (
                    <span key={c.code}>
                      {checked(c.code)}
                      {c.name}
                    </span>
                  ))}
                <div>
                  {checked('OTHER')}其他（文字描述）：{a.mainCategories.includes('OTHER') ? v(a.otherCategoryDescription) : ''}
                </div>
              </td>
            </tr>
            <tr>
              <th>“百场万家”、“一起益企”、产学研、项目对接等服务活动开展情况（400字左右）</th>
              <td colSpan={5} className="paper-narrative">
                {v(a.activitiesNarrative)}
              </td>
            </tr>
            <tr>
              <th rowSpan={5}>近两年经营情况</th>
              <th colSpan={1}>年度</th>
              <th colSpan={2}>{last ? last - 1 : ''}</th>
              <th colSpan={2}>{last ?? ''}</th>
            </tr>
            <tr>
              <th>服务收入（万元）</th>
              <td colSpan={2}>{a.revenuePrevYear ?? ''}</td>
              <td colSpan={2}>{a.revenueLastYear ?? ''}</td>
            </tr>
            <tr>
              <th>服务利润（万元）</th>
              <td colSpan={2}>{a.profitPrevYear ?? ''}</td>
              <td colSpan={2}>{a.profitLastYear ?? ''}</td>
            </tr>
            <tr>
              <th>服务企业数</th>
              <td colSpan={2}>{a.enterprisesServedPrevYear ?? ''}</td>
              <td colSpan={2}>{a.enterprisesServedLastYear ?? ''}</td>
            </tr>
            <tr>
              <th>服务活动场次</th>
              <td colSpan={2}>{a.activitySessionsPrevYear ?? ''}</td>
              <td colSpan={2}>{a.activitySessionsLastYear ?? ''}</td>
            </tr>
            <tr>
              <th>市级推荐部门意见</th>
              <td colSpan={5} className="paper-opinion">
                <div>{v(a.cityOpinion)}</div>
                <div className="paper-stamp">
                  盖　章
                  <br />
                  　　　　年　　月　　日
                </div>
              </td>
            </tr>
          </tbody>
        </table>
      </section>

      <section className="paper-page">
        <h2 className="paper-title">服务产品情况表</h2>
        <div className="paper-note">（如无，可不填）</div>
        <div className="paper-meta">
          <span>填报单位：{a.name}</span>
        </div>
        <table className="paper-table">
          <thead>
            <tr>
              <th style={{ width: '8%' }}>序号</th>
              <th style={{ width: '24%' }}>服务产品名称</th>
              <th>服务内容</th>
              <th>产品应用情况</th>
            </tr>
          </thead>
          <tbody>
            {pad(a.products).map((p, i) => (
              <tr key={i}>
                <td className="center">{p ? i + 1 : ''}</td>
                <td>{p?.name}</td>
                <td>{p?.content}</td>
                <td>{p?.application}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="paper-page">
        <h2 className="paper-title">服务人员基本情况表</h2>
        <div className="paper-meta">
          <span>填报单位：{a.name}</span>
          <span>填报时间：{a.submittedAt ? a.submittedAt.slice(0, 10) : ''}</span>
        </div>
        <table className="paper-table">
          <thead>
            <tr>
              <th style={{ width: '8%' }}>序号</th>
              <th>姓　名</th>
              <th>职　务</th>
              <th>职　称</th>
              <th>学历</th>
              <th>有无合同、社保证明等</th>
            </tr>
          </thead>
          <tbody>
            {pad(a.staff).map((s, i) => (
              <tr key={i}>
                <td className="center">{s ? i + 1 : ''}</td>
                <td>{s?.name}</td>
                <td>{s?.post}</td>
                <td>{s?.title}</td>
                <td>{s?.education}</td>
                <td className="center">{s ? (s.hasContractProof ? '有' : '无') : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="paper-note">注：可附职称证书、劳动合同、社保凭证或工资流水等佐证材料</div>
      </section>

      <section className="paper-page">
        <h2 className="paper-title">服务企业情况登记表</h2>
        <div className="paper-meta">
          <span>填报单位：{a.name}</span>
          <span>填报时间：{a.submittedAt ? a.submittedAt.slice(0, 10) : ''}</span>
        </div>
        <table className="paper-table">
          <tbody>
            <tr>
              <th colSpan={2}>服务企业数量</th>
              <td colSpan={2}>{num(a.servedEnterprises.length)}</td>
            </tr>
            <tr>
              <th style={{ width: '8%' }}>序号</th>
              <th>企业名称</th>
              <th style={{ width: '18%' }}>服务性质</th>
              <th style={{ width: '18%' }}>服务满意度</th>
            </tr>
            {pad(a.servedEnterprises).map((e, i) => (
              <tr key={i}>
                <td className="center">{i + 1}</td>
                <td>{e?.name}</td>
                <td className="center">{e ? labelOf(SERVICE_NATURE_LABELS, e.nature) : ''}</td>
                <td className="center">{e?.satisfaction}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="paper-note">
          注：可附企业满意度调查表、服务内容，为企业提供公益性服务、取得经济效益和社会效益等佐证材料，并附服务典型案例2-3例；
        </div>
      </section>

      <section className="paper-page paper-declaration">
        <h2 className="paper-title">申报材料真实性声明</h2>
        <p className="paper-declaration-text">{DECLARATION_TEXT}</p>
        <div className="paper-signatures">
          <div>
            申报单位（盖章）：<span className="paper-line">{a.name}</span>
          </div>
          <div>
            法定代表人（签字）：
            <span className="paper-line" />
          </div>
          <div>日　　期：　　　　年　　月　　日</div>
          {a.declarationSigned ? <div className="paper-online-note">（线上已由法定代表人 {v(a.declarationSignedBy)} 签署声明）</div> : null}
        </div>
      </section>
    </div>
  );
}
