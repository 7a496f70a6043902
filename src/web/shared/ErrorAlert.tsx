// Shows a failed request in plain words, with a retry button when the caller can retry.
import { Alert, Button } from 'antd';
import { errorText } from './api';

export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Alert
      type="error"
      showIcon
      title={errorText(error)}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            重试
          </Button>
        ) : undefined
      }
    />
  );
}
