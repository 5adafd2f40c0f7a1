// storage.get, storage.set, storage.getKeys (VK Storage) and appWidgets.update (the community widget).
import { ApiFailure, invalid, list, noScope, page as pageParams, required, str } from './api-support';
import type { Ctx, Handler } from './api-support';
import { setWidget } from './session';
import { STORAGE_KEY, STORAGE_KEYS_MAX, truncateUtf8 } from './storage';
import { VkScriptError, runVkScript } from './vkscript';

/** The namespace a token writes to: the user's own, or the community's (shared by its admins). */
export function namespaceOf(ctx: Ctx): string {
  return ctx.auth.kind === 'user' ? `user:${ctx.auth.id}` : `group:${ctx.auth.id}`;
}

function key(raw: string): string {
  if (!STORAGE_KEY.test(raw)) throw invalid('key is invalid');
  return raw;
}

const storageGet: Handler = (ctx, p) => {
  const keys = [...list(p, 'keys'), ...(str(p, 'key') === undefined ? [] : [required(p, 'key')])].map(key);
  if (keys.length === 0) throw invalid('key is undefined');
  if (keys.length > 1000) throw invalid('keys is too long');
  const ns = namespaceOf(ctx);
  return keys.map((k) => ({ key: k, value: ctx.storage.get(ns, k) ?? '' }));
};

const storageSet: Handler = (ctx, p) => {
  const k = key(required(p, 'key'));
  const value = truncateUtf8(p['value'] ?? '');
  const ns = namespaceOf(ctx);
  const known = ctx.storage.keys(ns);
  if (value !== '' && !known.includes(k) && known.length >= STORAGE_KEYS_MAX)
    throw new ApiFailure(103, 'Out of limits');
  ctx.storage.set(ns, k, value);
  return 1;
};

const storageGetKeys: Handler = (ctx, p) => {
  const { offset, count } = pageParams(p, 100, 1000);
  return ctx.storage.keys(namespaceOf(ctx)).slice(offset, offset + count);
};

export const WIDGET_TYPES = [
  'compact_list',
  'cover_list',
  'donation',
  'list',
  'match',
  'matches',
  'table',
  'text',
  'tiles',
];
/** VK accepts one widget update per 30 seconds. */
export const WIDGET_MIN_INTERVAL_S = 30;

/** Runs widget code (a VKScript `return {...};`) with the caller's token; returns its value. */
export function evaluateWidget(ctx: Ctx, code: string): unknown {
  if (code.length > 100000) throw invalid('code is too long');
  try {
    const { response } = runVkScript(code, ctx.inner);
    return response;
  } catch (err) {
    if (err instanceof VkScriptError) throw new ApiFailure(err.code, err.message);
    throw err;
  }
}

const appWidgetsUpdate: Handler = (ctx, p) => {
  if (!ctx.auth.scopes.has('app_widget')) throw noScope();
  const type = required(p, 'type');
  if (!WIDGET_TYPES.includes(type)) throw invalid('type is invalid');
  const code = required(p, 'code');
  const groupId = ctx.auth.id;
  const last = ctx.world.state.widgets.get(groupId);
  if (last && ctx.now - last.updatedAt < WIDGET_MIN_INTERVAL_S) {
    throw new ApiFailure(9, 'Flood control: the widget can be updated once in 30 seconds');
  }
  const value = evaluateWidget(ctx, code);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw invalid('widget code must return an object');
  setWidget(ctx.world, groupId, { type, code, value, updatedAt: ctx.now });
  return 1;
};

export const APP_METHODS: Record<string, Handler> = {
  'storage.get': storageGet,
  'storage.set': storageSet,
  'storage.getKeys': storageGetKeys,
  'appWidgets.update': appWidgetsUpdate,
};
