import { Descriptions, Space, Table, Tag, Typography } from 'antd';
import type { DescriptionsProps, TableColumnsType } from 'antd';
import { INSTITUTION_TYPE_LABELS, SERVICE_NATURE_LABELS, labelOf } from '../app/labels';
import type { ApplicationDetailFragment } from '../graphql/generated/graphql';
import { chineseCount, num, text } from '../app/format';
import { MAX_MAIN_CATEGORIES } from '@hebei/domain';

type Application = ApplicationDetailFragment;
const labelStyle = { width: 150 };

export function directionsText(a: Pick<Application, 'mainCategoryDetails' | 'otherCategoryDescription' | 'mainCategories'>): string {
  if (!a.mainCategories.length) return '—';
  return a.mainCategoryDetails
    .map((c) => (c.code === 'OTHER' && a.otherCategoryDescription ? `其他（${a.otherCategoryDescription}）` : c.name))
    .join('、');
}

/** The last two years' operations as on the paper form: one column per year. */
export function OperationsTable({ a }: { a: Application }) {
  const last = a.lastYear ?? null;
  const rows = [
    { key: 'revenue', item: '服务收入（万元）', prev: num(a.revenuePrevYear, 2), last: num(a.revenueLastYear, 2) },
    { key: 'profit', item: '服务利润（万元）', prev: num(a.profitPrevYear, 2), last: num(a.profitLastYear, 2) },
    { key: 'served', item: '服务企业数', prev: num(a.enterprisesServedPrevYear), last: num(a.enterprisesServedLastYear) },
    { key: 'sessions', item: '服务活动场次', prev: num(a.activitySessionsPrevYear), last: num(a.activitySessionsLastYear) },
  ];
  return (
    <Table
      size="small"
      bordered
      pagination={false}
      rowKey="key"
      dataSource={rows}
      columns={[
        { title: '年度', dataIndex: 'item', key: 'item', width: 200 },
        { title: last ? `${last - 1}年` : '前年度', dataIndex: 'prev', key: 'prev' },
        { title: last ? `${last}年` : '上年度', dataIndex: 'last', key: 'last' },
      ]}
      data-testid="operations-table"
    />
  );
}

export const PRODUCT_COLUMNS: TableColumnsType<Application['products'][number]> = [
  { title: '序号', key: 'i', width: 64, align: 'center', render: (_, __, i) => i + 1 },
  { title: '服务产品名称', dataIndex: 'name', key: 'name', width: 220 },
  { title: '服务内容', dataIndex: 'content', key: 'content' },
  { title: '产品应用情况', dataIndex: 'application', key: 'application' },
];

export const STAFF_COLUMNS: TableColumnsType<Application['staff'][number]> = [
  { title: '序号', key: 'i', width: 64, align: 'center', render: (_, __, i) => i + 1 },
  { title: '姓名', dataIndex: 'name', key: 'name' },
  { title: '职务', dataIndex: 'post', key: 'post' },
  { title: '职称', dataIndex: 'title', key: 'title' },
  { title: '学历', dataIndex: 'education', key: 'education' },
  { title: '有无合同、社保证明等', dataIndex: 'hasContractProof', key: 'proof', render: (v: boolean) => (v ? '有' : '无') },
];

export const SERVED_COLUMNS: TableColumnsType<Application['servedEnterprises'][number]> = [
  { title: '序号', key: 'i', width: 64, align: 'center', render: (_, __, i) => i + 1 },
  { title: '企业名称', dataIndex: 'name', key: 'name' },
  {
    title: '服务性质',
    dataIndex: 'nature',
    key: 'nature',
    width: 120,
    render: (v: Application['servedEnterprises'][number]['nature']) => labelOf(SERVICE_NATURE_LABELS, v),
  },
  { title: '服务满意度', dataIndex: 'satisfaction', key: 'satisfaction', width: 120 },
];

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="application-section">
      <Typography.Title level={5} className="application-section-title">
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

/** The whole Attachment 2, read-only, grouped as on paper. */
export function ApplicationDescriptions({ application: a }: { application: Application }) {
  const unit: DescriptionsProps['items'] = [
    { key: 'name', label: '单位名称', children: a.name, span: 'filled' },
    { key: 'type', label: '机构性质', children: labelOf(INSTITUTION_TYPE_LABELS, a.institutionType) },
    { key: 'nature', label: '服务性质', children: labelOf(SERVICE_NATURE_LABELS, a.nature) },
    { key: 'address', label: '地址', children: text(a.address) },
    { key: 'postal', label: '邮政编码', children: text(a.postalCode) },
    { key: 'legal', label: '法定代表人', children: text(a.legalRepresentative) },
    { key: 'founded', label: '成立日期', children: text(a.foundedOn) },
    { key: 'uscc', label: '统一社会信用代码', children: <span className="mono">{a.uscc}</span> },
    { key: 'capital', label: '注册资本（万元）', children: num(a.registeredCapital, 2) },
    {
      key: 'division',
      label: '所在地区',
      children: a.city && a.city.code !== a.division.code ? `${a.city.name} ${a.division.name}` : a.division.name,
    },
    { key: 'contact', label: '联系人', children: text(a.contactPerson) },
    { key: 'phone', label: '联系电话', children: text(a.contactPhone) },
    { key: 'email', label: '电子信箱', children: text(a.email) },
    { key: 'employees', label: '从业人数', children: num(a.employees) },
    { key: 'qualified', label: '大专以上和中级职称以上人数', children: num(a.qualifiedStaff) },
    { key: 'experts', label: '合作专家数量（上年度相关专家）', children: num(a.cooperatingExperts) },
    { key: 'senior', label: '其中副高级以上', children: num(a.seniorExperts) },
    { key: 'partners', label: '合作机构数量（签有协议）', children: num(a.cooperatingInstitutions) },
    { key: 'serviceAssets', label: '服务资产（万元）', children: num(a.serviceAssets, 2) },
    { key: 'totalAssets', label: '总资产（万元）', children: num(a.totalAssets, 2) },
    { key: 'premises', label: '服务场地（平方米）', children: num(a.premisesArea, 2) },
  ];
  const service: DescriptionsProps['items'] = [
    {
      key: 'directions',
      label: `主要服务方向（最多选择${chineseCount(MAX_MAIN_CATEGORIES)}项）`,
      span: 'filled',
      children: a.mainCategoryDetails.length ? (
        <Space size={[4, 4]} wrap>
          {a.mainCategoryDetails.map((c) => (
            <Tag key={c.code}>{c.name}</Tag>
          ))}
          {a.otherCategoryDescription && a.mainCategories.includes('OTHER') ? <span>其他：{a.otherCategoryDescription}</span> : null}
        </Space>
      ) : (
        '—'
      ),
    },
    {
      key: 'narrative',
      label: '“百场万家”“一起益企”、产学研、项目对接等服务活动开展情况',
      span: 'filled',
      children: <div className="pre-wrap">{text(a.activitiesNarrative)}</div>,
    },
  ];
  const performance: DescriptionsProps['items'] = [
    { key: 'smes', label: '近一年累计服务中小企业数', children: num(a.smesServedLastYear) },
    { key: 'p2p', label: '其中点对点服务企业数', children: num(a.pointToPointEnterprises) },
  ];
  const declaration: DescriptionsProps['items'] = [
    {
      key: 'credit',
      label: '信用承诺',
      span: 'filled',
      children:
        a.declaresNoCreditBlacklist == null
          ? '未填写'
          : a.declaresNoCreditBlacklist
            ? '近两年未被列入失信被执行人、严重失信主体名单、异常经营名录或税收违法黑名单'
            : '未作出承诺',
    },
    { key: 'signed', label: '申报材料真实性声明', children: a.declarationSigned ? <Tag color="success">已签署</Tag> : <Tag>未签署</Tag> },
    { key: 'signer', label: '签署人（法定代表人）', children: text(a.declarationSignedBy) },
  ];

  return (
    <div data-testid="application-descriptions">
      <Section title="一、入库申请表">
        <Descriptions bordered size="small" column={2} items={unit} styles={{ label: labelStyle }} />
      </Section>
      <Section title="二、主要服务方向与服务活动">
        <Descriptions bordered size="small" column={1} items={service} styles={{ label: labelStyle }} />
      </Section>
      <Section title="三、近两年经营情况">
        <OperationsTable a={a} />
        <Descriptions bordered size="small" column={2} items={performance} styles={{ label: labelStyle }} style={{ marginTop: 12 }} />
      </Section>
      <Section title="四、市级推荐部门意见">
        <div className="pre-wrap opinion-box" data-testid="city-opinion">
          {a.cityOpinion ?? '（尚未推荐）'}
        </div>
      </Section>
      <Section title={`五、服务产品情况表（${a.products.length}项）`}>
        <Table
          size="small"
          bordered
          rowKey="position"
          pagination={false}
          columns={PRODUCT_COLUMNS}
          dataSource={a.products}
          locale={{ emptyText: '未填写' }}
        />
      </Section>
      <Section title={`六、服务人员基本情况表（${a.staff.length}人）`}>
        <Table
          size="small"
          bordered
          rowKey="position"
          pagination={false}
          columns={STAFF_COLUMNS}
          dataSource={a.staff}
          locale={{ emptyText: '未填写' }}
        />
      </Section>
      <Section title={`七、服务企业情况登记表（服务企业数量：${a.servedEnterprises.length}家）`}>
        <Table
          size="small"
          bordered
          rowKey="position"
          pagination={false}
          columns={SERVED_COLUMNS}
          dataSource={a.servedEnterprises}
          locale={{ emptyText: '未填写' }}
        />
      </Section>
      <Section title="八、信用承诺与真实性声明">
        <Descriptions bordered size="small" column={2} items={declaration} styles={{ label: labelStyle }} />
      </Section>
    </div>
  );
}
