// groups.getById, groups.getMembers, groups.isMember, groups.get, users.get, utils.resolveScreenName,
// stats.get.
import { isMember, membersOf, statsOfDay, userByScreenName, userOf } from './crowd';
import { groupObject, userObject } from './api-objects';
import {
  ApiFailure,
  accessDenied,
  assertReadable,
  fieldsOf,
  findGroup,
  flag,
  groupOrFail,
  int,
  invalid,
  isEditorOrAbove,
  list,
  page as pageParams,
  requireScope,
  roleOf,
  str,
} from './api-support';
import type { Ctx, Handler, Params } from './api-support';
import { dayOf, dayStart, windowStartDay } from './calendar';
import type { DemoPage, ManagerRole } from './world-types';

type Wire = Record<string, unknown>;

function groupParam(ctx: Ctx, p: Params): DemoPage {
  const ref = str(p, 'group_id');
  if (ref === undefined) {
    if (ctx.auth.kind === 'community') return groupOrFail(ctx.world, String(ctx.auth.id));
    throw invalid('group_id is undefined');
  }
  return groupOrFail(ctx.world, ref);
}

const groupsGetById: Handler = (ctx, p) => {
  const refs = [...list(p, 'group_ids'), ...list(p, 'group_id')];
  if (refs.length === 0 && ctx.auth.kind === 'community') refs.push(String(ctx.auth.id));
  if (refs.length === 0) throw invalid('group_ids is undefined');
  const fields = fieldsOf(p);
  const seen = new Set<number>();
  const groups: Wire[] = [];
  for (const ref of refs) {
    const page = findGroup(ctx.world, ref);
    if (!page || seen.has(page.id)) continue;
    seen.add(page.id);
    groups.push(groupObject(ctx, page, fields));
  }
  if (groups.length === 0) throw invalid('group_ids is invalid');
  return { groups, profiles: [] };
};

const ROLE_ORDER: readonly ManagerRole[] = ['creator', 'administrator', 'editor', 'moderator'];

const groupsGetMembers: Handler = (ctx, p) => {
  const page = groupParam(ctx, p);
  assertReadable(ctx, page);
  const { offset, count } = pageParams(p, 1000, 1000);
  const fields = fieldsOf(p);
  const filter = str(p, 'filter');
  if (filter === 'managers') {
    const allowed = ctx.auth.kind === 'community' ? ctx.auth.id === page.id : roleOf(ctx, page) !== null;
    if (!allowed) throw accessDenied('you are not a manager of this community');
    const managers = [...page.managers].sort(
      (a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role),
    );
    const slice = managers.slice(offset, offset + count);
    const items = slice.map((m) =>
      fields.size > 0 ? { ...userObject(ctx, m.id, fields), role: m.role } : { id: m.id, role: m.role },
    );
    return { count: managers.length, items };
  }
  if (filter !== undefined && filter !== 'friends' && filter !== 'unsure' && filter !== 'donut')
    throw invalid('filter is invalid');
  // Friends, "unsure" (events) and donut subscribers are not modelled: empty lists.
  let ids: number[] = filter === undefined ? [...membersOf(ctx.world, page.id)] : [];
  const sort = str(p, 'sort') ?? 'id_asc';
  if (sort === 'id_desc' || sort === 'time_desc') ids = ids.reverse();
  const slice = ids.slice(offset, offset + count);
  return {
    count: ids.length,
    items: fields.size > 0 ? slice.map((id) => userObject(ctx, id, fields)) : slice,
  };
};

const groupsIsMember: Handler = (ctx, p) => {
  const page = groupParam(ctx, p);
  const extended = flag(p, 'extended');
  const status = (id: number) => {
    const member = isMember(ctx.world, page.id, id) ? 1 : 0;
    return extended ? { member, request: 0, invitation: 0, can_invite: 0, can_recall: 0 } : { member };
  };
  const many = list(p, 'user_ids');
  if (many.length > 0) {
    if (many.length > 500) throw invalid('user_ids is too long');
    return many.map((raw) => {
      if (!/^\d+$/.test(raw) || Number(raw) < 1) throw invalid('user_ids is invalid');
      return { user_id: Number(raw), ...status(Number(raw)) };
    });
  }
  const single =
    str(p, 'user_id') === undefined ? (ctx.auth.kind === 'user' ? ctx.auth.id : null) : int(p, 'user_id');
  if (single === null || single < 1) throw invalid('user_id is undefined');
  const s = status(single);
  return extended ? s : s.member;
};

const FILTERS: Record<string, (role: ManagerRole | null, page: DemoPage) => boolean> = {
  admin: (r) => r === 'creator' || r === 'administrator',
  editor: (r) => isEditorOrAbove(r),
  moder: (r) => r !== null,
  advertiser: () => false,
  groups: (_r, page) => page.type === 'group',
  publics: (_r, page) => page.type === 'page',
  events: () => false,
};

const groupsGet: Handler = (ctx, p) => {
  requireScope(ctx, 'groups');
  const self = ctx.auth.id;
  const userId = str(p, 'user_id') === undefined ? self : int(p, 'user_id');
  if (userId !== self) {
    const person = userOf(ctx.world, userId);
    if (!person || person.deactivated) throw new ApiFailure(18, 'User was deleted or banned');
    if (person.closed) throw new ApiFailure(30, 'This profile is private');
  }
  const filters = list(p, 'filter');
  for (const f of filters) if (!Object.hasOwn(FILTERS, f)) throw invalid('filter is invalid');
  if (userId !== self && filters.some((f) => f === 'admin' || f === 'editor' || f === 'moder')) {
    throw new ApiFailure(260, "Access to the groups list is denied due to the user's privacy settings");
  }
  const pages = ctx.world.pages.filter((page) => {
    const role = page.managers.find((m) => m.id === userId)?.role ?? null;
    if (page.deactivated && role === null) return false;
    if (filters.length === 0) return role !== null || isMember(ctx.world, page.id, userId);
    return (
      filters.every((f) => FILTERS[f]?.(role, page) ?? false) &&
      (role !== null || isMember(ctx.world, page.id, userId))
    );
  });
  const { offset, count } = pageParams(p, 1000, 1000);
  const slice = pages.slice(offset, offset + count);
  if (!flag(p, 'extended')) return { count: pages.length, items: slice.map((page) => page.id) };
  const fields = fieldsOf(p);
  return { count: pages.length, items: slice.map((page) => groupObject(ctx, page, fields)) };
};

const usersGet: Handler = (ctx, p) => {
  const refs = list(p, 'user_ids');
  if (refs.length === 0) {
    if (ctx.auth.kind === 'community') throw invalid('user_ids is undefined');
    refs.push(String(ctx.auth.id));
  }
  if (refs.length > 1000) throw invalid('user_ids is too long');
  const fields = fieldsOf(p);
  const out: Wire[] = [];
  for (const ref of refs) {
    const id = /^\d+$/.test(ref)
      ? Number(ref)
      : /^id(\d+)$/.exec(ref)
        ? Number(ref.slice(2))
        : userByScreenName(ctx.world, ref);
    if (id === null || id < 1) continue;
    out.push(userObject(ctx, id, fields));
  }
  if (out.length === 0) throw new ApiFailure(113, 'Invalid user id');
  return out;
};

const resolveScreenName: Handler = (ctx, p) => {
  const name = (str(p, 'screen_name') ?? '').trim();
  const user = /^id(\d+)$/.exec(name);
  if (user) return userOf(ctx.world, Number(user[1])) ? { type: 'user', object_id: Number(user[1]) } : [];
  const named = userByScreenName(ctx.world, name);
  if (named !== null) return { type: 'user', object_id: named };
  if (!/^[A-Za-z0-9_.]+$/.test(name)) return [];
  const page = findGroup(ctx.world, name);
  if (!page || /^-?\d+$/.test(name)) return [];
  return { type: page.type, object_id: page.id };
};

/** Aggregates daily rows into weeks, months or one row; reach is not additive, so it is estimated. */
function bucketOf(interval: string, day: number): number {
  if (interval === 'day') return day;
  if (interval === 'week') return day - ((day + 3) % 7);
  if (interval === 'month' || interval === 'year') {
    const d = new Date(day * 86400000);
    const first = Date.UTC(d.getUTCFullYear(), interval === 'month' ? d.getUTCMonth() : 0, 1);
    return first / 86400000;
  }
  return 0;
}

const statsGet: Handler = (ctx, p) => {
  const page = groupOrFail(ctx.world, str(p, 'group_id') ?? '');
  requireScope(ctx, 'stats');
  if (!isEditorOrAbove(roleOf(ctx, page)))
    throw new ApiFailure(7, 'Permission to perform this action is denied');
  const interval = str(p, 'interval') ?? 'day';
  if (!['day', 'week', 'month', 'year', 'all'].includes(interval)) throw invalid('interval is invalid');
  const to = str(p, 'timestamp_to') === undefined ? ctx.world.now : int(p, 'timestamp_to');
  const days = interval === 'day' ? 1 : interval === 'week' ? 7 : 31;
  const from =
    str(p, 'timestamp_from') === undefined
      ? to - int(p, 'intervals_count', 7) * days * 86400
      : int(p, 'timestamp_from');
  if (from > to) throw invalid('timestamp_from is greater than timestamp_to');
  const groups = new Set(list(p, 'stats_groups'));
  const want = (g: string) => groups.size === 0 || groups.has(g);
  const buckets = new Map<
    number,
    { first: number; last: number; rows: NonNullable<ReturnType<typeof statsOfDay>>[] }
  >();
  const firstDay = Math.max(dayOf(from), windowStartDay(ctx.world.now));
  for (let day = firstDay; day <= dayOf(to); day++) {
    const row = statsOfDay(ctx.world, page.id, day);
    if (!row) continue;
    const key = bucketOf(interval, day);
    const b = buckets.get(key) ?? { first: day, last: day, rows: [] };
    b.last = day;
    b.rows.push(row);
    buckets.set(key, b);
  }
  return [...buckets.values()].reverse().map(({ first, last, rows }) => {
    const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
    const unique = (f: (r: (typeof rows)[number]) => number) => {
      const max = Math.max(...rows.map(f));
      return Math.round(max + 0.35 * (sum(f) - max));
    };
    const period: Wire = { period_from: dayStart(first), period_to: dayStart(last + 1) };
    if (want('visitors'))
      period['visitors'] = {
        views: sum((r) => r.views),
        visitors: unique((r) => r.visitors),
        mobile_views: Math.round(sum((r) => r.views) * 0.8),
      };
    if (want('reach')) {
      period['reach'] = {
        reach: unique((r) => r.reach),
        reach_subscribers: unique((r) => r.reachSubscribers),
        mobile_reach: unique((r) => r.mobileReach),
      };
    }
    if (want('activity')) {
      period['activity'] = {
        likes: sum((r) => r.likes),
        comments: sum((r) => r.comments),
        copies: sum((r) => r.copies),
        hidden: 0,
        subscribed: sum((r) => r.subscribed),
        unsubscribed: sum((r) => r.unsubscribed),
      };
    }
    return period;
  });
};

export const GROUP_METHODS: Record<string, Handler> = {
  'groups.getById': groupsGetById,
  'groups.getMembers': groupsGetMembers,
  'groups.isMember': groupsIsMember,
  'groups.get': groupsGet,
  'users.get': usersGet,
  'utils.resolveScreenName': resolveScreenName,
  'stats.get': statsGet,
};
