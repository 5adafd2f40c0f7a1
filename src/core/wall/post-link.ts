// A post reference from whatever the admin pastes: "-1_2", "wall-1_2", or a vk.com / m.vk.com /
// vk.ru link, including the "club1?w=wall-1_2" form VK uses when a post opens over a page.

/** "<owner id>_<post id>", e.g. "-219000001_123": a post on a wall. */
export type PostRef = string;

const BARE = /^(?:wall)?(-?\d+)_(\d+)$/;
const IN_URL = /(?:^|[/?&=])wall(-?\d+)_(\d+)(?![\d])/;
const HOSTS = /^(?:https?:\/\/)?(?:(?:m|www)\.)?vk\.(?:com|ru)\//i;

function normalize(owner: string, post: string): PostRef | null {
  const ownerId = Number(owner);
  const postId = Number(post);
  if (!Number.isSafeInteger(ownerId) || ownerId === 0) return null;
  if (!Number.isSafeInteger(postId) || postId <= 0) return null;
  return `${ownerId}_${postId}`;
}

/** The ref "<owner>_<post>" of a post. */
export function postRefOf(post: { ownerId: number; id: number }): PostRef {
  return `${post.ownerId}_${post.id}`;
}

/** "<owner>_<post>" or null when the input names no post. */
export function parsePostRef(input: string): PostRef | null {
  const text = input.trim();
  const bare = BARE.exec(text);
  if (bare) return normalize(bare[1]!, bare[2]!);
  if (!HOSTS.test(text)) return null;
  const path = text.replace(HOSTS, '/');
  const match = IN_URL.exec(path);
  return match ? normalize(match[1]!, match[2]!) : null;
}

export function postRefParts(ref: PostRef): { ownerId: number; postId: number } {
  const match = /^(-?\d+)_(\d+)$/.exec(ref);
  if (!match) throw new TypeError(`not a post reference: ${JSON.stringify(ref)}`);
  return { ownerId: Number(match[1]), postId: Number(match[2]) };
}

export function postUrl(ref: PostRef): string {
  return `https://vk.com/wall${ref}`;
}

/** The post opened at one of its comments. */
export function commentUrl(ref: PostRef, commentId: number): string {
  return `${postUrl(ref)}?reply=${commentId}`;
}
