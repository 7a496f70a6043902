// Inputs for scenario values kept in their stored units: rates in basis points shown as %, money in fen
// shown as 元, dates as YYYY-MM-DD text.
import { DatePicker, InputNumber } from 'antd';
import dayjs from 'dayjs';

/** Basis points (1500) edited as a percent (15). */
export function PercentInput({
  value,
  onChange,
  id,
  label,
}: {
  value: number;
  onChange: (bp: number) => void;
  id?: string;
  label?: string;
}) {
  return (
    <InputNumber
      id={id}
      aria-label={label}
      min={0}
      max={100}
      precision={2}
      step={1}
      suffix="%"
      value={value / 100}
      onChange={(percent) => onChange(Math.round((percent ?? 0) * 100))}
      style={{ width: 120 }}
    />
  );
}

/** Fen (50000) edited as yuan (500.00); `nullable`: empty means none (e.g. no cap). */
export function YuanInput({
  value,
  onChange,
  nullable,
  id,
  label,
  width = 140,
}: {
  value: number | null;
  onChange: (fen: number | null) => void;
  nullable?: boolean;
  id?: string;
  label?: string;
  width?: number;
}) {
  return (
    <InputNumber
      id={id}
      aria-label={label}
      min={0}
      precision={2}
      suffix="元"
      placeholder={nullable ? '不封顶' : undefined}
      value={value === null ? null : value / 100}
      onChange={(yuan) => {
        if (yuan === null) onChange(nullable ? null : 0);
        else onChange(Math.round(yuan * 100));
      }}
      style={{ width }}
    />
  );
}

/** A YYYY-MM-DD date; `allowEmpty`: clearing it gives null. */
export function DateInput({
  value,
  onChange,
  allowEmpty,
  placeholder,
  id,
}: {
  value: string | null;
  onChange: (date: string | null) => void;
  allowEmpty?: boolean;
  placeholder?: string;
  id?: string;
}) {
  return (
    <DatePicker
      id={id}
      value={value ? dayjs(value) : null}
      allowClear={allowEmpty ?? false}
      placeholder={placeholder}
      onChange={(date) => onChange(date ? date.format('YYYY-MM-DD') : null)}
    />
  );
}
