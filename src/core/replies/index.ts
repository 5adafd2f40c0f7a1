// How fast a page answers its subscribers' comments: pure, no I/O (docs/replies.md).

export * from './types';
export * from './compute';
export * from './answer';
