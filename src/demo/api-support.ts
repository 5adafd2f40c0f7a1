// Shared pieces of the fake API's method handlers: the call context, VK's error answers, parameter
// parsing as VK does it (strings in, numbers and lists out) and access rules.
import { isMember, managerRole } from './crowd';
import type { StorageBackend } from './storage';
import type { DemoPage, DemoWorld, ManagerRole } from './world-types';

export interface Auth {
  kind: 'user' | 'community';
  /** The user id (user token) or the group id (community token). */
  id: number;
  scopes: ReadonlySet<string>;
}

export interface Ctx {
  world: DemoWorld;
  auth: Auth;
  /** Unix seconds on the fake's clock. */
  now: number;
  storage: StorageBackend;
  /** Runs a call from inside execute or a widget's code (same token, no rate limit). */
  inner(
    method: string,
    params: Params,
  ): { ok: true; value: unknown } | { ok: false; code: number; msg: string };
}

export type Params = Record<string, string>;
export type Handler = (ctx: Ctx, p: Params) => unknown;

/** A VK error answer; the handler throws it and the dispatcher turns it into `{error: …}`. */
export class ApiFailure extends Error {
  constructor(
    readonly code: number,
    readonly msg: string,
    readonly subcode?: number,
  ) {
    super(msg);
  }
}

export const invalid = (what: string) =>
  new ApiFailure(100, `One of the parameters specified was missing or invalid: ${what}`);
export const accessDenied = (why: string, subcode?: number) =>
  new ApiFailure(15, `Access denied: ${why}`, subcode);
/** Missing scope: VK's "no access to call this method" (subcode 1133 = method_permission_denied). */
export const noScope = () => accessDenied('no access to call this method', 1133);

export function str(p: Params, name: string): string | undefined {
  const v = p[name];
  return v === undefined || v === '' ? undefined : v;
}

export function required(p: Params, name: string): string {
  const v = str(p, name);
  if (v === undefined) throw invalid(`${name} is undefined`);
  return v;
}

/** An integer parameter; VK reads "12abc" as invalid. */
export function int(p: Params, name: string, fallback?: number): number {
  const v = str(p, name);
  if (v === undefined) {
    if (fallback === undefined) throw invalid(`${name} is undefined`);
    return fallback;
  }
  if (!/^-?\d+$/.test(v.trim())) throw invalid(`${name} not integer`);
  return Number(v.trim());
}

export function flag(p: Params, name: string): boolean {
  const v = str(p, name);
  return v !== undefined && v !== '0' && v !== 'false';
}

export function list(p: Params, name: string): string[] {
  return (str(p, name) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function fieldsOf(p: Params): Set<string> {
  return new Set(list(p, 'fields'));
}

export function clamp(v: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, v));
}

/** offset/count as VK treats them: negatives are invalid, count above the maximum is cut to it. */
export function page(p: Params, defaultCount: number, maxCount: number): { offset: number; count: number } {
  const offset = int(p, 'offset', 0);
  const count = int(p, 'count', defaultCount);
  if (offset < 0) throw invalid('offset should be positive');
  if (count < 0) throw invalid('count should be positive');
  return { offset, count: Math.min(count, maxCount) };
}

/** A group by id, "club123"/"public123" or screen name; null when the world has none. */
export function findGroup(world: DemoWorld, ref: string): DemoPage | null {
  const m = /^(?:-?|club|public|event)(\d+)$/.exec(ref.trim());
  if (m) return world.pageById.get(Number(m[1])) ?? null;
  const name = ref.trim().toLowerCase();
  return world.pages.find((page) => page.screenName.toLowerCase() === name) ?? null;
}

export function groupOrFail(world: DemoWorld, ref: string, param = 'group_id'): DemoPage {
  const page = findGroup(world, ref);
  if (!page) throw invalid(`${param} is invalid`);
  return page;
}

export function roleOf(ctx: Ctx, page: DemoPage): ManagerRole | null {
  return ctx.auth.kind === 'user' ? managerRole(ctx.world, page.id, ctx.auth.id) : null;
}

/** Administrators and editors: they see scheduled and suggested posts and the statistics. */
export function isEditorOrAbove(role: ManagerRole | null): boolean {
  return role === 'creator' || role === 'administrator' || role === 'editor';
}

export function isAdmin(role: ManagerRole | null): boolean {
  return role === 'creator' || role === 'administrator';
}

/** The viewer may see what members see: a member, a manager, or the community's own token. */
export function insider(ctx: Ctx, page: DemoPage): boolean {
  if (ctx.auth.kind === 'community') return ctx.auth.id === page.id;
  return roleOf(ctx, page) !== null || isMember(ctx.world, page.id, ctx.auth.id);
}

/**
 * Reading a page's content (wall, comments, likes, members): a deleted page answers error 15 to
 * everyone, a private one (is_closed 2) to non-members. (The exact message for a deleted community
 * is unverified against live VK.)
 */
export function assertReadable(ctx: Ctx, page: DemoPage): void {
  if (page.deactivated)
    throw accessDenied(`group is ${page.deactivated === 'deleted' ? 'deleted' : 'blocked'}`);
  if (page.isClosed !== 0 && !insider(ctx, page))
    throw accessDenied('this wall available only for community members');
}

export function requireScope(ctx: Ctx, scope: string): void {
  if (!ctx.auth.scopes.has(scope)) throw noScope();
}
