// 单例分组: fill in one inpatient case (diagnoses and procedures picked from the catalogues, in order),
// group it with the chosen scheme and read the result with its trace.
import { useState } from 'react';
import { Button, Col, Form, InputNumber, Radio, Row, Select, Space } from 'antd';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { drgApi, type CaseInput, type GroupAnswer } from './api';
import { CodeListPicker, CodePicker, rememberCodes } from './CodePicker';
import { useDrgContext } from './DrgArea';
import { GroupResultCard } from './GroupResultCard';
import { LEAVING_TYPE_OPTIONS } from './labels';

interface CaseForm {
  gender?: number;
  age?: number | null;
  ageDay?: number | null;
  weight?: number | null;
  inHospitalTime?: number | null;
  leavingType?: number | null;
  principal?: string;
  otherDiagnoses?: string[];
  mainProcedure?: string;
  otherProcedures?: string[];
}

/** Case 22058878 of the shipped samples: oesophageal rupture with complications (CHS-DRG GZ13). */
const SAMPLE: CaseForm = {
  gender: 2,
  age: 88,
  ageDay: 32460,
  weight: null,
  inHospitalTime: 94,
  leavingType: 1,
  principal: 'K22.301',
  otherDiagnoses: ['K11.901', 'E11.900', 'I10.x05'],
  mainProcedure: '96.0800x005',
  otherProcedures: [],
};

function toCase(values: CaseForm): CaseInput {
  const number = (value: number | null | undefined) => (value === undefined ? null : value);
  return {
    gender: values.gender ?? null,
    age: number(values.age),
    ageDay: number(values.ageDay),
    weight: number(values.weight),
    dept: '',
    inHospitalTime: number(values.inHospitalTime),
    leavingType: number(values.leavingType),
    diagnoses: [values.principal ?? '', ...(values.otherDiagnoses ?? [])].filter(Boolean),
    procedures: [values.mainProcedure ?? '', ...(values.otherProcedures ?? [])].filter(Boolean),
  };
}

const numberField = (name: keyof CaseForm, label: string, unit: string, max: number) => (
  <Col xs={12} md={6} key={name}>
    <Form.Item name={name} label={label}>
      <InputNumber min={0} max={max} precision={0} suffix={unit} style={{ width: '100%' }} />
    </Form.Item>
  </Col>
);

export function GroupCasePage() {
  const { scheme } = useDrgContext();
  const [form] = Form.useForm<CaseForm>();
  const [answer, setAnswer] = useState<GroupAnswer | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: CaseForm) => {
    setBusy(true);
    setError(null);
    try {
      setAnswer(await drgApi.group(scheme, toCase(values)));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const fillSample = () => {
    rememberCodes([
      { code: 'K22.301', name: '食管破裂' },
      { code: 'K11.901', name: '腮腺区肿物' },
      { code: 'E11.900', name: '2型糖尿病' },
      { code: 'I10.x05', name: '高血压3级' },
      { code: '96.0800x005', name: '鼻十二指肠营养管置入术' },
    ]);
    form.setFieldsValue(SAMPLE);
  };

  return (
    <Row gutter={16}>
      <Col xs={24} xl={12}>
        <Form<CaseForm>
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ leavingType: 1, otherDiagnoses: [], otherProcedures: [] }}
        >
          <Row gutter={12}>
            <Col xs={12} md={6}>
              <Form.Item
                name="gender"
                label="性别"
                rules={[{ required: true, message: '请选择性别' }]}
              >
                <Radio.Group
                  options={[
                    { value: 1, label: '男' },
                    { value: 2, label: '女' },
                  ]}
                />
              </Form.Item>
            </Col>
            {numberField('age', '年龄', '岁', 150)}
            {numberField('ageDay', '日龄', '天', 60000)}
            {numberField('weight', '出生体重', '克', 9999)}
            {numberField('inHospitalTime', '住院天数', '天', 9999)}
            <Col xs={24} md={12}>
              <Form.Item name="leavingType" label="离院方式">
                <Select allowClear options={LEAVING_TYPE_OPTIONS} />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item
            name="principal"
            label="主要诊断"
            rules={[{ required: true, message: '请选择主要诊断：输入编码开头或中文名称搜索' }]}
          >
            <CodePicker catalogue="diagnoses" placeholder="输入 ICD-10 编码或诊断名称" />
          </Form.Item>
          <Form.Item name="otherDiagnoses" label="其他诊断（按顺序）">
            <CodeListPicker catalogue="diagnoses" placeholder="可选多个，按选择顺序排列" />
          </Form.Item>
          <Form.Item name="mainProcedure" label="主要手术操作">
            <CodePicker catalogue="procedures" placeholder="输入 ICD-9-CM-3 编码或手术名称" />
          </Form.Item>
          <Form.Item name="otherProcedures" label="其他手术操作（按顺序）">
            <CodeListPicker catalogue="procedures" placeholder="可选多个，按选择顺序排列" />
          </Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" loading={busy}>
              分组
            </Button>
            <Button onClick={fillSample}>填入示例病案</Button>
            <Button
              onClick={() => {
                form.resetFields();
                setAnswer(null);
                setError(null);
              }}
            >
              清空
            </Button>
          </Space>
        </Form>
      </Col>
      <Col xs={24} xl={12}>
        {error !== null && <ErrorAlert error={error} />}
        {answer && <GroupResultCard answer={answer} />}
      </Col>
    </Row>
  );
}
