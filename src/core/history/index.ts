// The page's last three months and its best time to post (pure; docs/history.md).
export * from './months';
export * from './periods';
export * from './er-by-month';
export * from './members';
export * from './best-time';
export * from './history';
