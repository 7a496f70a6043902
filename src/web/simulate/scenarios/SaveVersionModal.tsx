// Asks for the note of a new version before saving; shows the server's objection (naming the field) if any.
import { useState } from 'react';
import { Alert, Input, Modal } from 'antd';
import { errorText } from '../../shared/api';

export function SaveVersionModal({
  open,
  nextVersion,
  onCancel,
  onSave,
}: {
  open: boolean;
  nextVersion: number;
  onCancel: () => void;
  onSave: (note: string) => Promise<void>;
}) {
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      await onSave(note.trim());
      setNote('');
    } catch (caught) {
      setError(caught);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={`保存为第 ${nextVersion} 版`}
      okText="保存"
      cancelText="取消"
      confirmLoading={saving}
      okButtonProps={{ disabled: note.trim() === '' }}
      onOk={() => void save()}
      onCancel={onCancel}
    >
      <Input.TextArea
        aria-label="修改说明"
        placeholder="这次改了什么、依据是什么，例如：按市医保局 2017 年文件设置住院起付线"
        value={note}
        onChange={(event) => setNote(event.target.value)}
        autoSize={{ minRows: 2, maxRows: 6 }}
      />
      {error !== null && (
        <Alert
          style={{ marginTop: 12, whiteSpace: 'pre-wrap' }}
          type="error"
          showIcon
          title={`未保存：${errorText(error)}`}
        />
      )}
    </Modal>
  );
}
