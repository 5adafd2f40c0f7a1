// The giveaway core: pure, synchronous, no I/O (docs/giveaway.md).

export * from './types';
export * from './sha256';
export * from './id';
export * from './tagged';
export * from './eligibility';
export * from './funnel';
export * from './handover';
export * from './draw';
export * from './timing';
export * from './verify';
export * from './protocol';
