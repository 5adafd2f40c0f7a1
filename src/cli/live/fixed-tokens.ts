// The CLI's token source: one user token from the environment. There is no dialog to ask for another,
// so a token VK rejects stays rejected (the run fails with error 5), and community tokens are refused.
import { TokenRefusedError } from '../../vk/errors';
import type { TokenProvider } from '../../vk/tokens';

export function fixedUserToken(token: string): TokenProvider {
  return {
    getUserToken: () => Promise.resolve(token),
    getCommunityToken: (groupId, scopes = []) =>
      Promise.reject(
        new TokenRefusedError({
          tokenKind: 'community',
          scopes,
          groupId,
          reason: 'the CLI has no community tokens',
        }),
      ),
    forget: () => undefined,
  };
}
