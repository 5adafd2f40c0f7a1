// The CLIs' token source: tokens from the environment. There is no dialog to ask for another, so a
// token VK rejects stays rejected (the run fails with error 5). The live report has a user token
// only; the widget worker also one page's community token, and every other page's is refused.
import { TokenRefusedError } from '../../vk/errors';
import type { TokenProvider } from '../../vk/tokens';

export function fixedTokens(token: string, community?: { groupId: number; token: string }): TokenProvider {
  return {
    getUserToken: () => Promise.resolve(token),
    getCommunityToken: (groupId, scopes = []) =>
      community?.groupId === groupId
        ? Promise.resolve(community.token)
        : Promise.reject(
            new TokenRefusedError({
              tokenKind: 'community',
              scopes,
              groupId,
              reason: community
                ? `the CLI has the community token of club${community.groupId} only`
                : 'the CLI has no community tokens',
            }),
          ),
    forget: () => undefined,
  };
}
