// «План публикаций»: the posts each period still needs, on which days and hours, what to post about
// (docs/plan.md).
export * from './plan';
export * from './action';
export * from './words';
export * from './topics';
export * from './calendar';
