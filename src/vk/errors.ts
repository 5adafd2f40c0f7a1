// Typed errors of the VK adapter. None of them ever holds an access token: the transport scrubs VK's
// messages before they get here, and request parameters are never copied into an error.
import type { z } from 'zod/mini';

/** Meaning of the VK error codes the app handles (names follow test/fixtures/vk-api-schema/errors.json). */
export const VK_ERROR_KINDS = {
  5: 'auth', // User authorization failed (token expired or revoked)
  6: 'too-many-requests', // Too many requests per second
  7: 'permission', // Permission to perform this action is denied
  9: 'flood', // Flood control
  10: 'internal', // Internal server error
  12: 'compile', // Unable to compile code (execute)
  13: 'runtime', // Runtime error occurred during code invocation (execute)
  14: 'captcha', // Captcha needed
  15: 'access-denied', // Access denied
  18: 'deleted-or-banned', // User (or page) was deleted or banned
  27: 'group-auth-failed', // Group authorization failed: the method needs a user token, not a community one
  29: 'rate-limit', // Rate limit reached: a quantitative (daily) limit, not a per-second one
  30: 'private-profile', // This profile is private
  100: 'invalid-param', // One of the parameters specified was missing or invalid
  203: 'group-access-denied', // Access to group denied (a private community)
  212: 'comments-access-denied', // Access to post comments denied
} as const;

export type VkApiErrorKind = (typeof VK_ERROR_KINDS)[keyof typeof VK_ERROR_KINDS] | 'other';

/** The codes the app tests by number (the kinds above name them for the UI). */
export const VK_AUTH_FAILED = 5;
export const VK_TOO_MANY_REQUESTS = 6;
export const VK_INVALID_PARAM = 100;
/** "Access to status replies denied": the post's comments are closed (wall.createComment). */
export const VK_COMMENTS_CLOSED = 213;
/** The bridge's client error (error_data.error_code) when the user closes VK's dialog. */
export const BRIDGE_USER_DENIED = 4;

/** Codes worth retrying after a pause: they say "not now", not "never". */
export const RETRYABLE_CODES: ReadonlySet<number> = new Set([6, 9, 10]);

export function kindOfCode(code: number): VkApiErrorKind {
  return (VK_ERROR_KINDS as Record<number, VkApiErrorKind>)[code] ?? 'other';
}

function suffix(label: string | null): string {
  return label === null ? '' : ` [${label}]`;
}

/** An error VK's API answered with (a whole request or one call inside `execute`). */
export class VkApiError extends Error {
  override readonly name = 'VkApiError';
  readonly code: number;
  readonly kind: VkApiErrorKind;
  /** The API method that failed (`execute` when the whole batch failed). */
  readonly method: string;
  /** What the call concerned (e.g. a page's name), for showing the error against it. */
  readonly label: string | null;
  /** VK's own text (error_msg), already scrubbed of tokens. */
  readonly vkMessage: string;

  constructor(init: { code: number; method: string; vkMessage: string; label?: string | null }) {
    const label = init.label ?? null;
    super(`VK API error ${init.code} in ${init.method}${suffix(label)}: ${init.vkMessage}`);
    this.code = init.code;
    this.kind = kindOfCode(init.code);
    this.method = init.method;
    this.label = label;
    this.vkMessage = init.vkMessage;
  }

  withLabel(label: string | null): VkApiError {
    return new VkApiError({ code: this.code, method: this.method, vkMessage: this.vkMessage, label });
  }
}

/** A VK answer that the post's comments are closed. */
export function isCommentsClosed(err: unknown): err is VkApiError {
  return err instanceof VkApiError && err.code === VK_COMMENTS_CLOSED;
}

/** The request did not reach VK or no answer came back (bridge client_error, offline, timeout). */
export class VkNetworkError extends Error {
  override readonly name: string = 'VkNetworkError';
  readonly method: string;
  readonly label: string | null;
  readonly reason: string;

  constructor(init: { method: string; reason: string; label?: string | null }) {
    const label = init.label ?? null;
    super(`Network failure calling ${init.method}${suffix(label)}: ${init.reason}`);
    this.method = init.method;
    this.label = label;
    this.reason = init.reason;
  }

  withLabel(label: string | null): VkNetworkError {
    return new VkNetworkError({ method: this.method, reason: this.reason, label });
  }
}

/**
 * No answer came in time (docs/vk-adapter.md, "Timeouts"). A network failure, so reads are retried,
 * but at most TIMEOUT_RETRY_MAX times. `silent`: the bridge had never answered anything, so nothing
 * is listening (the app was opened outside VK's frame): retrying cannot help and is not done.
 */
export class VkTimeoutError extends VkNetworkError {
  override readonly name: string = 'VkTimeoutError';
  /** How long the call waited. */
  readonly timeoutMs: number;
  readonly silent: boolean;

  constructor(init: { method: string; timeoutMs: number; silent: boolean; label?: string | null }) {
    const reason = init.silent
      ? `the bridge has not answered anything in ${init.timeoutMs} ms`
      : `no answer in ${init.timeoutMs} ms`;
    super({ method: init.method, reason, label: init.label ?? null });
    this.timeoutMs = init.timeoutMs;
    this.silent = init.silent;
  }

  /** The same timeout, reported against another method (the API method inside the bridge call). */
  forMethod(method: string): VkTimeoutError {
    return new VkTimeoutError({ method, timeoutMs: this.timeoutMs, silent: this.silent, label: this.label });
  }

  override withLabel(label: string | null): VkTimeoutError {
    return new VkTimeoutError({ method: this.method, timeoutMs: this.timeoutMs, silent: this.silent, label });
  }
}

/** VK answered, but not in the shape we expect (zod failed). `path` points at the offending field. */
export class VkValidationError extends Error {
  override readonly name = 'VkValidationError';
  readonly method: string;
  readonly label: string | null;
  readonly path: readonly (string | number)[];
  readonly issue: string;

  constructor(init: {
    method: string;
    path: readonly (string | number)[];
    issue: string;
    label?: string | null;
  }) {
    const label = init.label ?? null;
    const where = init.path.length > 0 ? init.path.join('.') : '(root)';
    super(`Unexpected VK response from ${init.method}${suffix(label)} at ${where}: ${init.issue}`);
    this.method = init.method;
    this.label = label;
    this.path = init.path;
    this.issue = init.issue;
  }

  withLabel(label: string | null): VkValidationError {
    return new VkValidationError({ method: this.method, path: this.path, issue: this.issue, label });
  }
}

/**
 * The first zod issue as a VkValidationError (the path says which field was wrong). The issue's text
 * is zod's English where it is loaded (the CLIs); the app loads no zod locale, so there it is zod's
 * plain "Invalid input" unless the schema gives its own (the screens describe the error by its type).
 */
export function validationError(
  method: string,
  error: z.core.$ZodError,
  label: string | null = null,
): VkValidationError {
  const issue = error.issues[0];
  return new VkValidationError({
    method,
    label,
    path: (issue?.path ?? []).map((p) => (typeof p === 'symbol' ? String(p) : p)),
    issue: issue?.message ?? 'invalid value',
  });
}

/** The viewer closed the access dialog, or VK did not grant the scopes a feature needs. */
export class TokenRefusedError extends Error {
  override readonly name = 'TokenRefusedError';
  readonly tokenKind: 'user' | 'community';
  /** The scopes that were asked for and not granted ('' stands for the basic, scope-less token). */
  readonly scopes: readonly string[];
  readonly groupId: number | null;
  readonly reason: string;

  constructor(init: {
    tokenKind: 'user' | 'community';
    scopes: readonly string[];
    groupId?: number | null;
    reason: string;
  }) {
    const what =
      init.tokenKind === 'user' ? 'user token' : `community token for group ${init.groupId ?? '?'}`;
    const scopes = init.scopes.length > 0 ? init.scopes.join(',') : '(basic)';
    super(`Access refused: ${what}, scope ${scopes}: ${init.reason}`);
    this.tokenKind = init.tokenKind;
    this.scopes = init.scopes;
    this.groupId = init.groupId ?? null;
    this.reason = init.reason;
  }
}

export type StorageErrorKind = 'invalid-key' | 'too-large' | 'corrupt' | 'verify-failed';

/** VK Storage could not hold or give back a value faithfully. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly kind: StorageErrorKind;
  /** The logical key (never a value). */
  readonly key: string;

  constructor(init: { kind: StorageErrorKind; key: string; detail: string }) {
    super(`VK Storage ${init.kind} for key ${JSON.stringify(init.key)}: ${init.detail}`);
    this.kind = init.kind;
    this.key = init.key;
  }
}

/**
 * True for failures that may pass on their own: errors 6, 9, 10 and network failures (timeouts
 * included, except a silent bridge's: nothing is listening).
 */
export function isRetryable(err: unknown): boolean {
  if (err instanceof VkTimeoutError) return !err.silent;
  if (err instanceof VkNetworkError) return true;
  return err instanceof VkApiError && RETRYABLE_CODES.has(err.code);
}

/** Attaches a call's label to an adapter error (a copy: one batch error may reach several callers). */
export function withLabel(err: unknown, label: string | null): unknown {
  const labelled =
    err instanceof VkApiError || err instanceof VkNetworkError || err instanceof VkValidationError;
  return labelled && label !== null && err.label !== label ? err.withLabel(label) : err;
}
