import { Divider, Row } from 'antd';
import { ELIGIBILITY_THRESHOLDS as T } from '@hebei/domain';
import { NumberField, notMoreThan } from '../../../../components';

/** People, experts, partners, assets and premises (Art. 6(4)–(5)). */
export function CapacitySection() {
  return (
    <>
      <Divider titlePlacement="start" plain style={{ marginTop: 0 }}>
        人员与专家
      </Divider>
      <Row gutter={16}>
        <NumberField name="employees" label="从业人数" integer max={1_000_000} />
        <NumberField
          name="qualifiedStaff"
          label="大专以上和中级职称以上人数"
          integer
          max={1_000_000}
          dependencies={['employees']}
          rules={[notMoreThan('employees', '不能超过从业人数')]}
        />
        <NumberField
          name="cooperatingInstitutions"
          label="合作机构数量（签有合作协议）"
          integer
          max={100_000}
          help={`${T.minCooperatingInstitutions}个（含）以上`}
        />
        <NumberField
          name="cooperatingExperts"
          label="合作专家数量（上年度相关专家）"
          integer
          max={100_000}
          help={`${T.minExperts}人以上`}
        />
        <NumberField
          name="seniorExperts"
          label="其中副高级以上或同等水平专家"
          integer
          max={100_000}
          help={`${T.minSeniorExperts}人以上`}
          dependencies={['cooperatingExperts']}
          rules={[notMoreThan('cooperatingExperts', '副高级以上专家数不能多于相关专家总数')]}
        />
      </Row>
      <Divider titlePlacement="start" plain>
        资产与场地
      </Divider>
      <Row gutter={16}>
        <NumberField
          name="serviceAssets"
          label="服务资产（万元）"
          dependencies={['totalAssets']}
          rules={[notMoreThan('totalAssets', '服务资产不能大于总资产')]}
        />
        <NumberField name="totalAssets" label="总资产（万元）" help={`${T.minTotalAssets}万元以上`} />
        <NumberField name="premisesArea" label="服务场地（平方米）" max={10_000_000} help={`${T.minPremisesArea}平方米以上`} />
      </Row>
    </>
  );
}
