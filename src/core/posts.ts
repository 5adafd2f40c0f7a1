// A wall read by offset can return one post twice: a post published between two requests shifts an
// older one into the next page. Counting it twice would flip a period to «met» and double its
// reactions, so every figure starts from each post once.

import type { Post } from './types';

/**
 * Each post once, by owner and id, in the first order seen. When a post is both scheduled and
 * published (read a moment apart), the published copy wins: it is the fact.
 */
export function uniquePosts(posts: readonly Post[]): Post[] {
  const byKey = new Map<string, Post>();
  for (const post of posts) {
    const key = `${post.ownerId}_${post.id}`;
    const seen = byKey.get(key);
    if (!seen || (seen.state !== 'published' && post.state === 'published')) byKey.set(key, post);
  }
  return byKey.size === posts.length ? [...posts] : [...byKey.values()];
}
