// Checking a draw: the CLI's file check (verifyDrawFile) and the «Проверить честность» screen's
// check of what the community published (verifyPublished). See docs/giveaway.md, "Verification".

import { z } from 'zod/mini';
import { commitmentOf, drawWinners, listHashOf } from './draw';
import { checkDrawTimes } from './timing';
import type { DrawResult } from './types';

/** "checked": the file gave all four times and the timing rules were applied; "unchecked": none. */
export type TimingMode = 'checked' | 'unchecked';

export type DrawFileVerdict =
  | { valid: true; winners: number[]; reserves: number[]; timing: TimingMode }
  | { valid: false; reason: string; timing: TimingMode }
  | { malformed: string };

const HEX64 = /^[0-9a-fA-F]{64}$/;
const POST_ID = /^-?[1-9]\d*_[1-9]\d*$/;

const count = z.int().check(z.nonnegative(), z.lte(Number.MAX_SAFE_INTEGER));
const unixSeconds = z.optional(
  z
    .number()
    .check(
      z.int('expected whole unix seconds'),
      z.nonnegative('expected unix seconds'),
      z.lte(Number.MAX_SAFE_INTEGER),
    ),
);
const drawFile = z.object({
  commitment: z.string().check(z.regex(HEX64, 'expected 64 hex digits')),
  secret: z.string().check(z.regex(HEX64, 'expected 64 hex digits')),
  postId: z.string().check(z.regex(POST_ID, 'expected "<owner>_<post>", e.g. "-219000001_42"')),
  participants: z.array(z.int().check(z.positive(), z.lte(Number.MAX_SAFE_INTEGER))),
  winners: count,
  reserves: count,
  announcedAt: unixSeconds,
  committedAt: unixSeconds,
  drawAt: unixSeconds,
  publishedAt: unixSeconds,
});

const TIME_FIELDS = ['announcedAt', 'committedAt', 'drawAt', 'publishedAt'] as const;

function issueText(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid file';
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return `${path === '' ? '(root)' : path.replace(/^\./, '')}: ${issue.message}`;
}

/**
 * The CLI's logic over a parsed JSON value. Hex is accepted in either case and lowercased (the
 * protocol's form). Participants must be distinct positive integers in any order: the verifier
 * sorts them ascending, the protocol's canonical order, before hashing and drawing. The four times
 * (announcedAt, committedAt, drawAt, publishedAt) come all together or not at all; with them the
 * timing rules of checkDrawTimes apply ("timing": "checked").
 */
export function verifyDrawFile(value: unknown): DrawFileVerdict {
  // The CLI prints the problem in zod's English, which zod/mini loads only when asked.
  const parsed = drawFile.safeParse(value, { error: z.locales.en().localeError });
  if (!parsed.success) return { malformed: issueText(parsed.error) };
  const file = parsed.data;
  const given = TIME_FIELDS.filter((key) => file[key] !== undefined);
  if (given.length > 0 && given.length < TIME_FIELDS.length) {
    const missing = TIME_FIELDS.filter((key) => file[key] === undefined);
    return {
      malformed: `${TIME_FIELDS.join(', ')}: give all four or none (missing ${missing.join(', ')})`,
    };
  }
  const participants = [...file.participants].sort((a, b) => a - b);
  for (let i = 1; i < participants.length; i++) {
    if (participants[i] === participants[i - 1])
      return { malformed: `participants: ${participants[i]} is listed more than once` };
  }
  const timing: TimingMode = given.length === 0 ? 'unchecked' : 'checked';
  const secret = file.secret.toLowerCase();
  const commitment = file.commitment.toLowerCase();
  const actual = commitmentOf(secret);
  if (actual !== commitment) {
    return {
      valid: false,
      reason: `the secret does not match the commitment: sha256(secret) = ${actual}, the commitment is ${commitment}`,
      timing,
    };
  }
  if (timing === 'checked') {
    const times = checkDrawTimes({
      announcedAt: file.announcedAt!,
      committedAt: file.committedAt!,
      drawAt: file.drawAt!,
      publishedAt: file.publishedAt!,
    });
    const problem = times.commitment ?? times.result;
    if (problem) return { valid: false, reason: problem.detail, timing };
  }
  const result = drawWinners({
    secret,
    postId: file.postId,
    participants,
    winners: file.winners,
    reserves: file.reserves,
  });
  return { valid: true, winners: result.winners, reserves: result.reserves, timing };
}

export interface PublishedDrawInput {
  commitment: string;
  secret: string;
  postId: string;
  /** The decoded published list; null when its replies are missing or broken. */
  participants: readonly number[] | null;
  participantsCount: number;
  listHash: string;
  winners: readonly number[];
  reserves: readonly number[];
  winnersWanted: number;
  reservesWanted: number;
  /** Unix seconds: the giveaway post's own date. */
  announcedAt: number;
  /**
   * Unix seconds: when the commitment became public (the commitment comment's date, or the post's
   * date when the post shows the code: commitmentTime).
   */
  committedAt: number;
  /** Unix seconds: the commitment comment's date, when committedAt is the post's. */
  termsAt?: number;
  drawAt: number;
  /** Unix seconds: the result comment's date. */
  publishedAt: number;
}

/**
 * `timing`: the commitment appeared at most COMMIT_WINDOW_SECONDS after the post and before the draw;
 * `result-timing`: the result was published at or after the draw time.
 */
export type DrawCheckKey = 'commitment' | 'timing' | 'result-timing' | 'list-hash' | 'count' | 'winners';

export interface DrawCheck {
  key: DrawCheckKey;
  /** null = could not be checked (e.g. the participant list is missing). */
  ok: boolean | null;
  detail?: string;
}

export interface DrawVerification {
  /**
   * True when every check that could be performed passed AND the commitment and winners checks
   * were performed (a missing list makes the result unconfirmed: valid false, winners ok null).
   */
  valid: boolean;
  checks: DrawCheck[];
  /** The draw recomputed from the published list, or null without a usable list. */
  recomputed: DrawResult | null;
}

function sameIds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

function isCanonical(ids: readonly number[]): boolean {
  return ids.every((id, i) => Number.isSafeInteger(id) && id > 0 && (i === 0 || id > ids[i - 1]!));
}

function commitmentCheck(input: PublishedDrawInput): DrawCheck {
  if (!/^[0-9a-f]{64}$/.test(input.secret))
    return { key: 'commitment', ok: false, detail: 'the published secret is not 64 lowercase hex digits' };
  const actual = commitmentOf(input.secret);
  return actual === input.commitment.toLowerCase()
    ? { key: 'commitment', ok: true }
    : {
        key: 'commitment',
        ok: false,
        detail: `sha256(secret) = ${actual}, the commitment is ${input.commitment}`,
      };
}

function timingChecks(input: PublishedDrawInput): DrawCheck[] {
  const { commitment, result } = checkDrawTimes(input);
  return [
    commitment ? { key: 'timing', ok: false, detail: commitment.detail } : { key: 'timing', ok: true },
    result ? { key: 'result-timing', ok: false, detail: result.detail } : { key: 'result-timing', ok: true },
  ];
}

/** Every check the published data allows; see DrawVerification.valid for the verdict rule. */
export function verifyPublished(input: PublishedDrawInput): DrawVerification {
  const checks: DrawCheck[] = [commitmentCheck(input), ...timingChecks(input)];
  const list = input.participants;
  let recomputed: DrawResult | null = null;
  if (list === null) {
    const detail = 'the participant list is not available';
    checks.push({ key: 'list-hash', ok: null, detail }, { key: 'count', ok: null, detail });
    checks.push({ key: 'winners', ok: null, detail });
  } else if (!isCanonical(list)) {
    const detail = 'the published list is not ascending distinct positive ids';
    checks.push({ key: 'list-hash', ok: false, detail });
    checks.push({ key: 'count', ok: list.length === input.participantsCount });
    checks.push({ key: 'winners', ok: false, detail });
  } else {
    const hash = listHashOf(list);
    checks.push(
      hash === input.listHash
        ? { key: 'list-hash', ok: true }
        : { key: 'list-hash', ok: false, detail: `sha256(list) = ${hash}, published ${input.listHash}` },
    );
    checks.push(
      list.length === input.participantsCount
        ? { key: 'count', ok: true }
        : {
            key: 'count',
            ok: false,
            detail: `the list has ${list.length} ids, published ${input.participantsCount}`,
          },
    );
    // Recomputed whenever the secret is well-formed: a wrong commitment fails on its own line.
    if (/^[0-9a-f]{64}$/.test(input.secret)) {
      recomputed = drawWinners({
        secret: input.secret,
        postId: input.postId,
        participants: list,
        winners: input.winnersWanted,
        reserves: input.reservesWanted,
      });
      const ok = sameIds(recomputed.winners, input.winners) && sameIds(recomputed.reserves, input.reserves);
      checks.push(
        ok ? { key: 'winners', ok } : { key: 'winners', ok, detail: 'the recomputed draw differs' },
      );
    } else {
      checks.push({ key: 'winners', ok: false, detail: 'no well-formed secret to recompute the draw with' });
    }
  }
  const performed = (key: DrawCheckKey) => checks.find((c) => c.key === key)?.ok !== null;
  const valid = checks.every((c) => c.ok !== false) && performed('commitment') && performed('winners');
  return { valid, checks, recomputed };
}
