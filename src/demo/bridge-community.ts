// The viewer and communities: installing the app, the widget preview VK shows before saving the
// widget, joining and leaving.
import { invalidParams, networkError, userDenied, type BridgeHandlers } from './bridge-errors';
import { API_VERSION, documentBody, isAdminOf, knownGroupId, type BridgeContext } from './bridge-context';
import { FakeNetworkError } from './fake-api';
import { install, join, leave } from './session';
import { showWidgetWindow } from './widget-window';
import type { DemoWorld } from './world';

/** The object the page's installed widget code evaluated to (appWidgets.update), or null. */
export function widgetOf(world: DemoWorld, groupId: number): unknown {
  return world.state.widgets.get(groupId)?.value ?? null;
}

/** What VK shows in the preview: the widget code run with the community token (as execute runs it). */
async function evaluateWidget(ctx: BridgeContext, token: string, code: string): Promise<unknown> {
  const body = await ctx.api.request('execute', { code, access_token: token, v: API_VERSION });
  if ('error' in body) throw invalidParams(body.error.error_msg);
  const value = body.response;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw invalidParams('widget code must return an object');
  return value;
}

const rethrowNetwork = (err: unknown) => {
  throw err instanceof FakeNetworkError ? networkError() : err;
};

export function communityHandlers(ctx: BridgeContext): BridgeHandlers {
  const { world, api, groupId, userId } = ctx;
  return {
    VKWebAppAddToCommunity: () => {
      const gid =
        groupId !== null && isAdminOf(ctx, groupId)
          ? groupId
          : world.pages.find((p) => p.district && isAdminOf(ctx, p.id))?.id;
      if (gid === undefined) throw userDenied();
      install(world, gid);
      return { group_id: gid };
    },
    VKWebAppShowCommunityWidgetPreviewBox: async (props) => {
      const gid = Number(props['group_id']);
      if (!Number.isInteger(gid) || !isAdminOf(ctx, gid)) throw userDenied();
      const token = api.communityToken(gid, ['app_widget']);
      const type = String(props['type'] ?? '');
      const code = String(props['code'] ?? '');
      // With a DOM the admin sees the widget first; without one (tests, the CLI) it is saved at once.
      const doc = documentBody();
      if (doc) {
        const value = await evaluateWidget(ctx, token, code).catch(rethrowNetwork);
        if (!(await showWidgetWindow(doc, ctx.appearance.current(), value, 'preview'))) throw userDenied();
      }
      const body = await api
        .request('appWidgets.update', { type, code, access_token: token, v: API_VERSION })
        .catch(rethrowNetwork);
      if ('error' in body) throw invalidParams(body.error.error_msg);
      install(world, gid);
      return { result: true };
    },
    VKWebAppJoinGroup: (props) => {
      const gid = knownGroupId(ctx, props);
      if (gid === null) throw invalidParams('group_id');
      join(world, gid, userId);
      return { result: true };
    },
    VKWebAppLeaveGroup: (props) => {
      const gid = knownGroupId(ctx, props);
      if (gid === null) throw invalidParams('group_id');
      leave(world, gid, userId);
      return { result: true };
    },
  };
}
