// Loads data for a key (an address, a scheme) and keeps it until the key changes; answers for an older key
// are dropped, so a quick change of selection never shows the previous item's data.
import { useEffect, useEffectEvent, useState } from 'react';

interface Loaded<T> {
  key: string;
  data?: T;
  error?: unknown;
}

export interface Load<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload(): void;
}

/** `key` null: nothing to load. Keeps the previous data visible while a reload is under way. */
export function useLoad<T>(key: string | null, load: () => Promise<T>): Load<T> {
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const [round, setRound] = useState(0);
  const fullKey = key === null ? null : `${round}:${key}`;
  const start = useEffectEvent(() => load());

  useEffect(() => {
    if (fullKey === null) return;
    let cancelled = false;
    start().then(
      (data) => {
        if (!cancelled) setLoaded({ key: fullKey, data });
      },
      (error: unknown) => {
        if (!cancelled) setLoaded((previous) => ({ key: fullKey, data: previous?.data, error }));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [fullKey]);

  const sameItem =
    loaded !== null &&
    loaded.key.slice(loaded.key.indexOf(':')) === fullKey?.slice(fullKey.indexOf(':'));
  return {
    data: sameItem ? loaded.data : undefined,
    error: loaded?.key === fullKey ? (loaded.error ?? null) : null,
    loading: fullKey !== null && loaded?.key !== fullKey,
    reload: () => setRound((value) => value + 1),
  };
}
