// Access tokens, in memory only (never stored, never logged). The user token starts with the smallest
// scope ('') and grows only when a feature needs more: VK then asks the viewer once for the union of
// what was granted and what is needed. Concurrent requests for the same token share one dialog.
import { z } from 'zod/mini';
import type { BridgeLike } from './bridge-like';
import { TokenRefusedError, VkTimeoutError } from './errors';
import { bridgeErrorToVkError } from './transport';

/** User-token scopes the app asks for: reach (stats), my pages (groups), scheduled posts and comments (wall). */
export type UserScope = 'stats' | 'groups' | 'wall';
/** Community-token scopes (VKWebAppGetCommunityToken). */
export type CommunityScope = 'app_widget' | 'manage' | 'messages' | 'photos' | 'docs' | 'stories';

/** What the API client needs from a token source (tests pass a fixed one). */
export interface TokenProvider {
  getUserToken(scopes?: readonly UserScope[]): Promise<string>;
  getCommunityToken(groupId: number, scopes?: readonly CommunityScope[]): Promise<string>;
  /** Drops a token VK no longer accepts (error 5), so the next call asks for a fresh one. */
  forget(token: string): void;
}

const tokenAnswerSchema = z.object({
  access_token: z.string().check(z.minLength(1)),
  scope: z.optional(z.string()),
});

interface Grant {
  token: string;
  scopes: readonly string[];
}

function covers(granted: ReadonlySet<string>, needed: readonly string[]): boolean {
  return needed.every((scope) => granted.has(scope));
}

function sortedUnion(a: Iterable<string>, b: Iterable<string>): string[] {
  return [...new Set([...a, ...b])].sort();
}

/** One token (the user's, or one community's) whose scopes can grow. */
class GrowingToken {
  private token: string | null = null;
  /** Scopes granted so far; kept when a token is forgotten, so the next dialog asks for all of them. */
  private scopes: ReadonlySet<string> = new Set();
  private pending: { scopes: ReadonlySet<string>; done: Promise<void> } | null = null;

  constructor(
    private readonly ask: (scopes: readonly string[]) => Promise<Grant>,
    private readonly refuse: (scopes: readonly string[], reason: string) => TokenRefusedError,
  ) {}

  has(scope: string): boolean {
    return this.token !== null && this.scopes.has(scope);
  }

  forget(token: string): void {
    if (this.token === token) this.token = null;
  }

  async get(needed: readonly string[]): Promise<string> {
    for (;;) {
      if (this.token !== null && covers(this.scopes, needed)) return this.token;
      const pending = this.pending;
      if (pending !== null && !covers(pending.scopes, needed)) {
        // A narrower dialog is open: let it finish, then ask for the union.
        await pending.done.catch(() => undefined);
        continue;
      }
      await (pending?.done ?? this.request(sortedUnion(this.scopes, needed)));
      if (this.token !== null && covers(this.scopes, needed)) return this.token;
      throw this.refuse(
        needed.filter((scope) => !this.scopes.has(scope)),
        'the scope was not granted',
      );
    }
  }

  private request(scopes: readonly string[]): Promise<void> {
    const done = this.ask(scopes).then((grant) => {
      this.token = grant.token;
      this.scopes = new Set(grant.scopes);
    });
    this.pending = { scopes: new Set(scopes), done };
    const clear = () => {
      if (this.pending?.done === done) this.pending = null;
    };
    done.then(clear, clear);
    return done;
  }
}

function parseGrant(raw: unknown, requested: readonly string[]): Grant | null {
  const parsed = tokenAnswerSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { access_token: token, scope } = parsed.data;
  // Some clients omit `scope`; then the best we know is what we asked for.
  const scopes =
    scope === undefined
      ? requested
      : scope
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
  return { token, scopes };
}

function refusalReason(err: unknown, method: string): string {
  const mapped = bridgeErrorToVkError(err, method);
  return 'reason' in mapped ? mapped.reason : mapped.vkMessage;
}

export class TokenStore implements TokenProvider {
  private readonly user: GrowingToken;
  private readonly communities = new Map<number, GrowingToken>();

  constructor(
    private readonly bridge: BridgeLike,
    private readonly appId: number,
  ) {
    this.user = new GrowingToken(
      (scopes) =>
        this.askBridge('VKWebAppGetAuthToken', { app_id: appId, scope: scopes.join(',') }, scopes, null),
      (scopes, reason) => new TokenRefusedError({ tokenKind: 'user', scopes, reason }),
    );
  }

  getUserToken(scopes: readonly UserScope[] = []): Promise<string> {
    return this.user.get(scopes);
  }

  /** True when the current user token has the scope: the UI explains before asking for more. */
  hasUserScope(scope: UserScope): boolean {
    return this.user.has(scope);
  }

  /** Admins only: VK refuses the dialog to everyone else. */
  getCommunityToken(groupId: number, scopes: readonly CommunityScope[] = []): Promise<string> {
    return this.community(groupId).get(scopes);
  }

  hasCommunityScope(groupId: number, scope: CommunityScope): boolean {
    return this.communities.get(groupId)?.has(scope) ?? false;
  }

  forget(token: string): void {
    this.user.forget(token);
    for (const community of this.communities.values()) community.forget(token);
  }

  private community(groupId: number): GrowingToken {
    let slot = this.communities.get(groupId);
    if (!slot) {
      slot = new GrowingToken(
        (scopes) =>
          this.askBridge(
            'VKWebAppGetCommunityToken',
            { app_id: this.appId, group_id: groupId, scope: scopes.join(',') },
            scopes,
            groupId,
          ),
        (scopes, reason) => new TokenRefusedError({ tokenKind: 'community', scopes, groupId, reason }),
      );
      this.communities.set(groupId, slot);
    }
    return slot;
  }

  private async askBridge(
    method: 'VKWebAppGetAuthToken' | 'VKWebAppGetCommunityToken',
    props: Record<string, unknown>,
    scopes: readonly string[],
    groupId: number | null,
  ): Promise<Grant> {
    const tokenKind = method === 'VKWebAppGetAuthToken' ? 'user' : 'community';
    let raw: unknown;
    try {
      raw = await this.bridge.send(method, props);
    } catch (err) {
      // No answer is not a refusal: the screen says VK did not answer, not that access was denied.
      if (err instanceof VkTimeoutError) throw err;
      throw new TokenRefusedError({ tokenKind, scopes, groupId, reason: refusalReason(err, method) });
    }
    const grant = parseGrant(raw, scopes);
    if (grant === null)
      throw new TokenRefusedError({ tokenKind, scopes, groupId, reason: 'malformed answer' });
    return grant;
  }
}

export function createTokenStore(options: { bridge: BridgeLike; appId: number }): TokenStore {
  return new TokenStore(options.bridge, options.appId);
}
