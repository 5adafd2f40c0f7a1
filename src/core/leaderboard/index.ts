// The leaderboard core: pure, synchronous, no I/O (docs/leaderboard.md).

export * from './types';
export * from './points';
export * from './score';
export * from './period';
export * from './widget';
export * from './ties';
export * from './rules';
