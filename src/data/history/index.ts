export * from './read-history';
export * from './subscriptions';
