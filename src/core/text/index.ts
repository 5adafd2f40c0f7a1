// Text helpers every published line and screen shares: base64url, JSON payloads, mentions, and
// the human part of published texts.

export * from './base64url';
export * from './mentions';
export * from './payload';
export * from './published-text';
