// VK launch params: the query string VK opens the app with. The client cannot verify `sign` (that needs
// the app secret) and does not need to: every token is checked by VK server-side, so these params
// only choose which door the viewer sees, never what they may do.
import { z } from 'zod/mini';
import { GROUP_ROLES, type ViewerRole } from '../core/roles';

// The problems are shown on the start screen. zod/mini loads no locale (the app skips zod's English
// texts to start sooner), so the two texts of zod's English these params can meet are spelled out.
const oneOf = (values: readonly string[]) =>
  `Invalid option: expected one of ${values.map((v) => `"${v}"`).join('|')}`;
const NOT_EMPTY = 'Too small: expected string to have >=1 characters';

const positiveId = z.pipe(
  z.string().check(z.regex(/^[1-9]\d{0,15}$/, 'expected a positive integer')),
  z.transform(Number),
);
const FLAG_VALUES = ['0', '1'] as const;
const flag = z.pipe(
  z.enum(FLAG_VALUES, oneOf(FLAG_VALUES)),
  z.transform((v) => v === '1'),
);
const nonEmpty = z.string().check(z.minLength(1, NOT_EMPTY));

const launchParamsSchema = z.object({
  vk_user_id: positiveId,
  vk_app_id: positiveId,
  vk_group_id: z.optional(positiveId),
  vk_viewer_group_role: z.optional(z.enum(GROUP_ROLES, oneOf(GROUP_ROLES))),
  vk_platform: nonEmpty,
  vk_language: z.optional(nonEmpty),
  vk_is_app_user: z.optional(flag),
  vk_are_notifications_enabled: z.optional(flag),
  vk_ts: z.optional(z.pipe(z.string().check(z.regex(/^\d+$/, 'expected unix seconds')), z.transform(Number))),
  sign: z.optional(z.string()),
});

export type RawLaunchParams = z.output<typeof launchParamsSchema>;

export interface LaunchParams {
  userId: number;
  appId: number;
  groupId: number | null;
  role: ViewerRole;
  /** As VK sends it: desktop_web, mobile_web, mobile_android, mobile_iphone, … */
  platform: string;
  /** Interface language; 'ru' when VK did not say. */
  language: string;
  isAppUser: boolean;
  notificationsEnabled: boolean;
  /** Launch time, unix seconds; null when absent. */
  ts: number | null;
  /** Present for information only: the client cannot check it. */
  sign: string | null;
}

export class LaunchParamsError extends Error {
  override readonly name = 'LaunchParamsError';
  /** One line per invalid parameter: `vk_user_id: expected a positive integer`. */
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`Invalid VK launch params: ${problems.join('; ')}`);
    this.problems = problems;
  }
}

function toSearchParams(search: string | URLSearchParams): URLSearchParams {
  return typeof search === 'string' ? new URLSearchParams(search.replace(/^\?/, '')) : search;
}

/** True when the URL carries VK launch params (otherwise the app runs as the demo). */
export function hasVkLaunchParams(search: string | URLSearchParams): boolean {
  const params = toSearchParams(search);
  return Boolean(params.get('vk_user_id')) && Boolean(params.get('vk_app_id'));
}

/** The viewer's role: the community role when launched from a community, else 'outside'. */
export function detectRole(
  params: Pick<RawLaunchParams, 'vk_group_id' | 'vk_viewer_group_role'>,
): ViewerRole {
  if (params.vk_group_id === undefined) return 'outside';
  return params.vk_viewer_group_role ?? 'none';
}

/** Admins and editors manage the page: the scorecard and engagement tools are theirs. */

/** Parses launch params from a search string (`?vk_user_id=…&…`); unknown params are ignored. */
export function parseLaunchParams(search: string | URLSearchParams): LaunchParams {
  const params = toSearchParams(search);
  const input: Record<string, string> = {};
  for (const key of Object.keys(launchParamsSchema.shape)) {
    const value = params.get(key);
    if (value !== null) input[key] = value;
  }
  const parsed = launchParamsSchema.safeParse(input);
  if (!parsed.success) {
    throw new LaunchParamsError(
      parsed.error.issues.map((issue) => {
        const name = issue.path.join('.');
        return issue.path.length > 0 && !(name in input) ? `${name}: missing` : `${name}: ${issue.message}`;
      }),
    );
  }
  const raw = parsed.data;
  return {
    userId: raw.vk_user_id,
    appId: raw.vk_app_id,
    groupId: raw.vk_group_id ?? null,
    role: detectRole(raw),
    platform: raw.vk_platform,
    language: raw.vk_language ?? 'ru',
    isAppUser: raw.vk_is_app_user ?? false,
    notificationsEnabled: raw.vk_are_notifications_enabled ?? false,
    ts: raw.vk_ts ?? null,
    sign: raw.sign ?? null,
  };
}
