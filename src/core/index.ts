// The methodology core's public API: pure functions over plain data (see docs/methodology.md).

export * from './types';
export * from './options';
export * from './round';
export * from './time';
export * from './er';
export * from './frequency';
export * from './reach';
export * from './requirements';
export * from './rating';
export * from './actions';
export * from './scorecard';
export * from './verdict';
export * from './posts';
export * from './pages';
export * from './giveaway';
export * from './quiz';
export * from './leaderboard';
export * from './monitoring';
export * from './replies';
export * from './plan';
