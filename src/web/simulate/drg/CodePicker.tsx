// A diagnosis or procedure picker that searches the catalogue by code prefix or Chinese name as the user
// types; one code, or several kept in the order they were picked (the order matters to the grouper).
import { useEffect, useRef, useState } from 'react';
import { Select, Tag } from 'antd';
import { errorText } from '../../shared/api';
import { drgApi, type Catalogue, type CatalogueItem } from './api';

/** Names of codes seen in any search, so a picked code keeps its name after the search changes. */
const knownNames = new Map<string, string>();

export const nameOfCode = (code: string): string => knownNames.get(code) ?? '';

/** Remembers names of codes filled in without a search (e.g. the sample case). */
export function rememberCodes(items: readonly CatalogueItem[]): void {
  for (const item of items) knownNames.set(item.code, item.name);
}

interface PickerProps<Value extends string | string[]> {
  catalogue: Catalogue;
  value?: Value;
  onChange?: (value: Value) => void;
  placeholder: string;
  id?: string;
}

function useCatalogueSearch(catalogue: Catalogue) {
  const [items, setItems] = useState<CatalogueItem[]>([]);
  const [searching, setSearching] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef('');

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const search = (text: string) => {
    latest.current = text;
    if (timer.current) clearTimeout(timer.current);
    if (text.trim() === '') {
      setItems([]);
      return;
    }
    timer.current = setTimeout(() => {
      setSearching(true);
      drgApi
        .search(catalogue, text)
        .then((found) => {
          if (latest.current !== text) return;
          rememberCodes(found);
          setItems(found);
          setProblem(null);
        })
        .catch((caught: unknown) => setProblem(errorText(caught)))
        .finally(() => setSearching(false));
    }, 200);
  };
  return { items, searching, problem, search };
}

const optionsOf = (items: readonly CatalogueItem[], picked: readonly string[]) => {
  const shown = new Set(items.map((item) => item.code));
  return [
    ...picked.filter((code) => !shown.has(code)).map((code) => ({ code, name: nameOfCode(code) })),
    ...items,
  ].map((item) => ({ value: item.code, label: `${item.code} ${item.name}`.trim() }));
};

function notFoundText(searching: boolean, problem: string | null): string {
  if (searching) return '正在搜索…';
  return problem ?? '输入编码开头（如 K29）或中文名称（如 胃炎）搜索';
}

export function CodePicker({ catalogue, value, onChange, placeholder, id }: PickerProps<string>) {
  const { items, searching, problem, search } = useCatalogueSearch(catalogue);
  return (
    <Select<string>
      id={id}
      allowClear
      placeholder={placeholder}
      value={value === '' ? undefined : value}
      onChange={(code) => onChange?.(code ?? '')}
      showSearch={{ filterOption: false, onSearch: search }}
      options={optionsOf(items, value ? [value] : [])}
      notFoundContent={notFoundText(searching, problem)}
      loading={searching}
    />
  );
}

export function CodeListPicker({
  catalogue,
  value,
  onChange,
  placeholder,
  id,
}: PickerProps<string[]>) {
  const { items, searching, problem, search } = useCatalogueSearch(catalogue);
  const picked = value ?? [];
  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      allowClear
      placeholder={placeholder}
      value={picked}
      onChange={(codes) => onChange?.(codes)}
      showSearch={{ filterOption: false, onSearch: search, autoClearSearchValue: true }}
      options={optionsOf(items, picked)}
      notFoundContent={notFoundText(searching, problem)}
      loading={searching}
      tagRender={({ value: code, closable, onClose }) => (
        <Tag closable={closable} onClose={onClose} style={{ marginInlineEnd: 4 }}>
          {picked.indexOf(String(code)) + 1}. {String(code)} {nameOfCode(String(code))}
        </Tag>
      )}
    />
  );
}
