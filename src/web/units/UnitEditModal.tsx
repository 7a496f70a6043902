// The dialog to add a unit or edit one: code (fixed once given), name, kind, parent, and for a hospital its level,
// type, sponsor and funding; for a department the names plans write for it.
import { useState } from 'react';
import { Alert, Form, Input, Modal, Select } from 'antd';
import {
  fundings,
  hospitalLevels,
  hospitalTypes,
  sponsors,
  unitKindNames,
  unitKinds,
} from '../../core/shared/unit-registry';
import { errorText } from '../shared/api';
import { unitApi, type Unit } from './api';

const BLANK: Unit = {
  code: '',
  name: '',
  kind: 'hospital',
  parentCode: null,
  level: null,
  hospitalType: null,
  sponsor: null,
  funding: null,
  aliases: [],
};

const options = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

export function UnitEditModal({
  unit,
  units,
  open,
  onClose,
  onSaved,
}: {
  /** The unit to edit; null to add one. Mount anew (a `key`) for each unit. */
  unit: Unit | null;
  units: Unit[];
  open: boolean;
  onClose: () => void;
  onSaved: (unit: Unit) => void;
}) {
  const [form] = Form.useForm<Unit>();
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const kind = Form.useWatch('kind', form);

  const save = async () => {
    const values = await form.validateFields();
    const hospital = values.kind === 'hospital';
    const fields = {
      name: values.name,
      kind: values.kind,
      parentCode: values.parentCode ?? null,
      level: hospital ? (values.level ?? null) : null,
      hospitalType: hospital ? (values.hospitalType ?? null) : null,
      sponsor: hospital ? (values.sponsor ?? null) : null,
      funding: hospital ? (values.funding ?? null) : null,
      aliases: hospital ? [] : (values.aliases ?? []),
    };
    setSaving(true);
    try {
      const saved = unit
        ? await unitApi.update(unit.code, fields)
        : await unitApi.create({ code: values.code, ...fields });
      onSaved(saved);
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={unit ? `修改单位：${unit.name}` : '新增单位'}
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid="unit-form" initialValues={unit ?? BLANK}>
        <Form.Item
          name="code"
          label="单位编码"
          extra={
            unit ? '编码登记后不再改变。' : '字母、数字、“-”“_”“.”，例如 BN02；登记后不再改变。'
          }
          rules={[{ required: true, message: '请填写单位编码' }]}
        >
          <Input disabled={unit !== null} maxLength={40} />
        </Form.Item>
        <Form.Item
          name="name"
          label="单位名称"
          rules={[{ required: true, message: '请填写单位名称' }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="kind" label="类别" rules={[{ required: true }]}>
          <Select options={unitKinds.map((value) => ({ value, label: unitKindNames[value] }))} />
        </Form.Item>
        <Form.Item name="parentCode" label="上级单位">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            options={units
              .filter((other) => other.code !== unit?.code)
              .map((other) => ({ value: other.code, label: `${other.name}（${other.code}）` }))}
          />
        </Form.Item>
        {kind === 'hospital' ? (
          <>
            <Form.Item name="level" label="级别">
              <Select allowClear options={options(hospitalLevels)} />
            </Form.Item>
            <Form.Item name="hospitalType" label="类型">
              <Select allowClear options={options(hospitalTypes)} />
            </Form.Item>
            <Form.Item name="sponsor" label="举办主体">
              <Select allowClear options={options(sponsors)} />
            </Form.Item>
            <Form.Item name="funding" label="隶属关系">
              <Select allowClear options={options(fundings)} />
            </Form.Item>
          </>
        ) : (
          <Form.Item
            name="aliases"
            label="别名"
            extra="方案中对该机构的其他写法，例如“区卫健委”“区卫生计生委”；输入后按回车。"
          >
            <Select mode="tags" open={false} />
          </Form.Item>
        )}
      </Form>
      {error !== null && <Alert type="error" showIcon title={errorText(error)} />}
    </Modal>
  );
}
