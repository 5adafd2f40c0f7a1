// The access dialogs: the viewer's token and a community's token, with the scopes the fake API knows;
// the URL's `deny` switch makes the viewer close the dialog.
import { invalidParams, userDenied, type BridgeHandlers } from './bridge-errors';
import { DEMO_APP_ID } from './bridge-launch';
import { isAdminOf, knownGroupId, type BridgeContext } from './bridge-context';
import { COMMUNITY_SCOPES, USER_SCOPES } from './fake-api';

function scopesOf(raw: unknown, allowed: readonly string[]): { asked: string[]; granted: string[] } {
  const asked = String(raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return { asked, granted: [...new Set(asked.filter((s) => allowed.includes(s)))] };
}

function checkApp(props: Record<string, unknown>): void {
  if (Number(props['app_id']) !== DEMO_APP_ID) throw invalidParams('app_id');
}

export function authHandlers(ctx: BridgeContext): BridgeHandlers {
  const { api, options, userId } = ctx;
  const denied = (asked: string[]) => asked.some((s) => options.deny.has(s));
  return {
    VKWebAppGetAuthToken: (props) => {
      checkApp(props);
      const { asked, granted } = scopesOf(props['scope'], USER_SCOPES);
      if (options.deny.has('token') || denied(asked)) throw userDenied();
      return { access_token: api.userToken(userId, granted), scope: granted.join(',') };
    },
    VKWebAppGetCommunityToken: (props) => {
      checkApp(props);
      const gid = knownGroupId(ctx, props);
      if (gid === null) throw invalidParams('group_id');
      const { asked, granted } = scopesOf(props['scope'], COMMUNITY_SCOPES);
      if (!isAdminOf(ctx, gid) || options.deny.has('community') || denied(asked)) throw userDenied();
      return { access_token: api.communityToken(gid, granted), scope: granted.join(',') };
    },
  };
}
