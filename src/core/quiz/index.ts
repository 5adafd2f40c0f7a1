// The quiz core: pure, no I/O; WebCrypto is passed in where the sealed answers need it (docs/quiz.md).

export * from './types';
export * from './id';
export * from './seal';
export * from './reasons';
export * from './score';
export * from './protocol';
export * from './definition';
export * from './comment-answers';
export * from './verify';
