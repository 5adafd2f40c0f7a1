// Posts and comments as every tool reads them: post references and the comment shape.

export * from './comment';
export * from './post-link';
