import { Col, Form, InputNumber, Row } from 'antd';
import { useEffect } from 'react';
import { ELIGIBILITY_THRESHOLDS as T, lastCompleteYear, type IsoDate } from '@hebei/domain';
import { NumberField, notMoreThan } from '../../../../components';

const ROWS: { label: string; last: string; prev: string; integer?: boolean; signed?: boolean }[] = [
  { label: '服务收入（万元）', last: 'revenueLastYear', prev: 'revenuePrevYear' },
  { label: '服务利润（万元）', last: 'profitLastYear', prev: 'profitPrevYear', signed: true },
  { label: '服务企业数', last: 'enterprisesServedLastYear', prev: 'enterprisesServedPrevYear', integer: true },
  { label: '服务活动场次', last: 'activitySessionsLastYear', prev: 'activitySessionsPrevYear', integer: true },
];

/** 近两年经营情况 laid out as on paper: one row per item, one column per year. */
export function OperationsSection({ today }: { today?: IsoDate }) {
  const form = Form.useFormInstance();
  const lastYear: number | null | undefined = Form.useWatch('lastYear', form);
  // 上年度 is the last complete year by the API's today (not the browser's clock); an empty field takes it.
  const complete = today ? lastCompleteYear(today) : undefined;
  useEffect(() => {
    if (complete && form.getFieldValue('lastYear') == null) form.setFieldValue('lastYear', complete);
  }, [complete, form]);
  const last = lastYear ? `${lastYear}年` : '上年度';
  const prev = lastYear ? `${lastYear - 1}年` : '前年度';
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item
            name="lastYear"
            label="上年度（年份）"
            extra={complete ? `默认为上一个完整年度（${complete}年），前年度随之变化` : '前年度随之变化'}
          >
            <InputNumber<number> min={2000} max={complete ?? 2100} precision={0} style={{ width: '100%' }} data-testid="last-year" />
          </Form.Item>
        </Col>
      </Row>
      <table className="ops-grid" data-testid="operations-grid">
        <thead>
          <tr>
            <th>项目</th>
            <th>{prev}</th>
            <th>{last}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((r) => (
            <tr key={r.label}>
              <th scope="row">{r.label}</th>
              {[r.prev, r.last].map((name, i) => (
                <td key={name}>
                  <Form.Item name={name} style={{ marginBottom: 0 }}>
                    <InputNumber<number>
                      aria-label={`${i === 0 ? prev : last}${r.label}`}
                      min={r.signed ? -100_000_000 : 0}
                      max={100_000_000}
                      precision={r.integer ? 0 : 2}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Row gutter={16} style={{ marginTop: 20 }}>
        <NumberField
          name="smesServedLastYear"
          label="近一年累计服务中小企业数"
          integer
          max={1_000_000}
          span={12}
          help={`第六条第（六）项：${T.minSmesServedLastYear}家以上`}
        />
        <NumberField
          name="pointToPointEnterprises"
          label="其中点对点服务企业数"
          integer
          max={1_000_000}
          span={12}
          help={`不少于${T.minPointToPointEnterprises}家`}
          dependencies={['smesServedLastYear']}
          rules={[notMoreThan('smesServedLastYear', '点对点服务企业数不能多于服务中小企业总数')]}
        />
      </Row>
    </>
  );
}
