// The reform impact simulator's reference rules: bills and scenario in, per-encounter and aggregated effects out.

export * from './categories';
export * from './bills';
export * from './scenario';
export * from './reprice';
export * from './adjudicate';
export * from './totals';
export * from './groups';
export * from './compensation';
export * from './distribution';
export * from './histogram';
export * from './base-year';
export * from './conditions';
export * from './validate';
export * from './settle';
export * from './simulate';
export * from './presets';
