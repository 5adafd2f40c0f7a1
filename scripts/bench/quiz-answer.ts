// (q) The timed quiz's last answer (issue 16, part 5): the time from the subscriber's last tap to the
// answer confirmed on screen, before and after, in the same run.
// (i) The data path on the virtual clock (VK Storage through the bridge and the API at 3 requests a
// second each, the demo's default latency): before, the screen waited for the whole send — the last
// answer's write, the sealed entry stored, the comment posted, the entry marked, then read again (the
// old hook's sequence, replayed on the data layer); after, the answers are taken at once and the same
// send (AnswerSends, the hook's own) runs behind; its steps and end are timed too.
// (ii) The built app in Chromium at 390×844, real timers: the quiz is created through the data layer
// into the demo's Web Storage, handed to the page, and a subscriber answers it, 4 s a question (the
// answers' writes land in between, as they would for a person); from the last tap
// (a capture-phase click listener) to «Ответы записаны» and to «Ответ принят» on screen (a
// MutationObserver). «Ответ принят» there is also when the old flow confirmed: it waited for the send.
import type { QuizAnswers } from '../../src/core/quiz';
import {
  createQuiz,
  findPublishedQuiz,
  myEntry,
  quizDeps,
  recordAnswer,
  startAttempt,
  submitEntry,
  withAnswer,
  type PublishedQuiz,
  type QuizAttempt,
  type QuizDeps,
} from '../../src/data/quiz';
import { createServices } from '../../src/app/create-services';
import { latestOwnPosts } from '../../src/data/wall';
import { createDemoBridge } from '../../src/demo/fake-bridge';
import { HEAD_ID } from '../../src/demo/pages';
import type { WebStorage } from '../../src/demo/storage';
import { AnswerSends, sendKey } from '../../src/features/quizzes/participant/answerSends';
import type { AppServices } from '../../src/shared/services';
import { VirtualClock } from '../../src/vk/clock';
import { DEMO_NOW, DEMO_NOW_ISO, demoServices } from '../../test/integration/demo-services';
import { median } from './paired';
import type { BenchContext, BenchSection, Figure } from './types';

const QUESTIONS = [
  { text: 'Первый вопрос', options: ['А', 'Б'], photo: null, correct: 1 },
  { text: 'Второй вопрос', options: ['В', 'Г'], photo: null, correct: 0 },
  { text: 'Третий вопрос', options: ['Д', 'Е', 'Ж'], photo: null, correct: 2 },
];
const ANSWERS: QuizAnswers = { a: [1, 0, 2], t: [4_000, 4_000, 4_000] };
const TAP_GAP_MS = 4_000;

interface Taken {
  deps: QuizDeps;
  clock: VirtualClock;
  published: PublishedQuiz;
  /** The last answer's write, started by the last tap. */
  lastWrite: Promise<QuizAttempt>;
  /** The clock at the last tap. */
  tap: number;
}

/** A three-question quiz open now under the head page's newest post, created by its admin. */
async function quizOpenNow(services: AppServices): Promise<{ deps: QuizDeps; published: PublishedQuiz }> {
  const deps = quizDeps(services, HEAD_ID);
  const [post] = await latestOwnPosts(services.api, HEAD_ID, 1);
  if (!post) throw new Error('the demo page has no posts');
  const record = await createQuiz(deps, HEAD_ID, {
    title: 'Три вопроса',
    prize: '',
    questions: QUESTIONS,
    secondsPerQuestion: 20,
    opensAt: DEMO_NOW - 60,
    closesAt: DEMO_NOW + 3600,
    postRef: post.ref,
  });
  const { id } = record.definition;
  const published = await findPublishedQuiz(services.api, { groupId: HEAD_ID, id, postRef: post.ref });
  if (!published) throw new Error('the quiz was not published');
  return { deps, published };
}

/** A fresh demo world with a quiz open now, answered up to the last tap (its write just started). */
async function answeredToTheLastTap(): Promise<Taken> {
  const { services, clock } = demoServices('role=admin');
  const { deps, published } = await quizOpenNow(services);
  let { attempt } = await startAttempt(deps, published);
  const last = ANSWERS.a.length - 1;
  for (let i = 0; i < last; i++) {
    await clock.sleep(TAP_GAP_MS);
    attempt = await recordAnswer(deps, attempt, ANSWERS.a[i]!, ANSWERS.t[i]!);
  }
  await clock.sleep(TAP_GAP_MS);
  const tap = clock.now();
  const option = ANSWERS.a[last]!;
  const time = ANSWERS.t[last]!;
  // As the hook writes an answer: a failed write is repaired by the entry.
  const lastWrite = recordAnswer(deps, attempt, option, time).catch(() => withAnswer(attempt, option, time));
  return { deps, clock, published, lastWrite, tap };
}

interface Timings {
  confirmedMs: number;
  sentMs: number;
  /** From the tap to the comment's request (VK dates the comment then). */
  commentMs: number | null;
}

/** The old hook: the screen kept the last question, then a spinner, until all of it came back. */
async function blocking(): Promise<Timings> {
  const t = await answeredToTheLastTap();
  await t.lastWrite;
  let comment: number | null = null;
  const result = await submitEntry(t.deps, t.published, ANSWERS, (step) => {
    if (step === 'post') comment = t.clock.now();
  });
  if (!result.posted) throw new Error(`not posted: ${result.reason}`);
  await myEntry(t.deps, t.published.definition.id);
  const sent = t.clock.now() - t.tap;
  return {
    confirmedMs: sent,
    sentMs: sent,
    commentMs: comment === null ? null : comment - t.tap,
  };
}

/** The new hook: «Ответы записаны» on the tap, the send behind it. */
async function behind(): Promise<Timings> {
  const t = await answeredToTheLastTap();
  const sends = new AnswerSends();
  let confirmed: number | null = null;
  let comment: number | null = null;
  let sent: number | null = null;
  sends.subscribe(sendKey(t.deps, t.published.definition.id), (state) => {
    if (state.kind === 'sending') {
      confirmed ??= t.clock.now();
      if (state.progress.step === 'post') comment ??= t.clock.now();
    } else if (state.kind === 'sent') sent = t.clock.now();
    else throw new Error(`the send ended ${state.kind}`);
  });
  await sends.send(sendKey(t.deps, t.published.definition.id), t.deps, t.published, ANSWERS, t.lastWrite);
  if (confirmed === null || sent === null) throw new Error('the send announced nothing');
  return {
    confirmedMs: confirmed - t.tap,
    sentMs: sent - t.tap,
    commentMs: comment === null ? null : comment - t.tap,
  };
}

function figures(before: Timings, after: Timings): Figure[] {
  const key = 'quizAnswer.simulated';
  const label = 'virtual clock, 3 req/s';
  const s = (ms: number | null) => (ms === null ? null : ms / 1000);
  return [
    {
      key: `${key}.before.confirmed`,
      label: `${label}: before, last tap → «Ответ принят» (the screen waited for the send)`,
      value: s(before.confirmedMs),
      unit: 's',
    },
    {
      key: `${key}.after.confirmed`,
      label: `${label}: after, last tap → «Ответы записаны» on screen`,
      value: s(after.confirmedMs),
      unit: 's',
    },
    {
      key: `${key}.after.sent`,
      label: `${label}: after, last tap → «Ответ принят» (the send behind, done)`,
      value: s(after.sentMs),
      unit: 's',
    },
    {
      key: `${key}.after.comment`,
      label: `${label}: after, last tap → the comment's request (VK dates it)`,
      value: s(after.commentMs),
      unit: 's',
      note: `before: ${s(before.commentMs)} s on this data layer; the old one removed the attempt (3 storage calls) before the comment`,
    },
  ];
}

const BROWSER_RUNS = 3;

/** The demo's Web Storage after the admin created the quiz: handed to the page's localStorage. */
async function quizInWebStorage(): Promise<{ entries: [string, string][]; path: string }> {
  const map = new Map<string, string>();
  const storage: WebStorage = {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
  };
  const clock = new VirtualClock(DEMO_NOW * 1000);
  const bridge = createDemoBridge({
    search: `?demo=1&seed=1&now=${encodeURIComponent(DEMO_NOW_ISO)}&role=admin`,
    storage,
    clock,
  });
  const services = createServices({ bridge, launchSearch: bridge.launchSearch(), clock, demoLabel: 'demo' });
  const { published } = await quizOpenNow(services);
  // The quiz's own route names its post (as the home screen's list does).
  return { entries: [...map], path: `#/quiz/${published.definition.id}/post/${published.postRef}` };
}

/** Runs in the page before its scripts: the last option's tap and the two confirmations, timed. */
function watchLastAnswer(): void {
  const out: { tap: number | null; taken: number | null; sent: number | null } = {
    tap: null,
    taken: null,
    sent: null,
  };
  (window as unknown as { __lastAnswer: typeof out }).__lastAnswer = out;
  document.addEventListener(
    'click',
    (e) => {
      const question = document.querySelector('[data-testid="quiz-question"]');
      const last = question?.getAttribute('data-index') === '2';
      if (last && (e.target as Element).closest('[data-testid^="quiz-option-"]')) out.tap = performance.now();
    },
    true,
  );
  new MutationObserver(() => {
    if (out.tap === null) return;
    if (out.taken === null && document.querySelector('[data-testid="quiz-sending"]'))
      out.taken = performance.now();
    if (out.sent === null && document.querySelector('[data-testid="quiz-sent"]'))
      out.sent = performance.now();
  }).observe(document, { childList: true, subtree: true });
}

async function inBrowser(ctx: BenchContext): Promise<{ taken: number[]; sent: number[] }> {
  await ctx.ensureBuilt();
  const origin = await ctx.serveBuilt();
  const browser = await ctx.browser();
  const taken: number[] = [];
  const sent: number[] = [];
  for (let run = 0; run < BROWSER_RUNS; run++) {
    const { entries, path } = await quizInWebStorage();
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      await context.addInitScript((seed: [string, string][]) => {
        if (localStorage.getItem('bench-seeded') !== null) return;
        for (const [k, v] of seed) localStorage.setItem(k, v);
        localStorage.setItem('bench-seeded', '1');
      }, entries);
      await context.addInitScript(watchLastAnswer);
      const page = await context.newPage();
      const now = encodeURIComponent(DEMO_NOW_ISO);
      await page.goto(`${origin}/?demo=1&seed=1&now=${now}&role=member${path}`);
      await page.getByTestId('quiz-start').click({ timeout: 30_000 });
      for (const [i, option] of ANSWERS.a.entries()) {
        const question = page.locator(`[data-testid="quiz-question"][data-index="${i}"]`);
        await question.waitFor({ timeout: 10_000 });
        await page.waitForTimeout(TAP_GAP_MS); // the subscriber reads and thinks
        await page.getByTestId(`quiz-option-${option}`).click();
      }
      await page.getByTestId('quiz-sent').waitFor({ timeout: 30_000 });
      const t = await page.evaluate(
        () => (window as unknown as { __lastAnswer: Record<string, number | null> }).__lastAnswer,
      );
      if (t['tap'] == null || t['taken'] == null || t['sent'] == null)
        throw new Error(`the last answer was not seen: ${JSON.stringify(t)}`);
      taken.push(t['taken'] - t['tap']);
      sent.push(t['sent'] - t['tap']);
    } finally {
      await context.close();
    }
  }
  return { taken, sent };
}

export const quizAnswer: BenchSection = {
  id: 'quiz-answer',
  title: 'Quiz: last tap → answer confirmed on screen, before (blocking) and after (sent behind)',
  async run(ctx) {
    ctx.log('  quiz answer, virtual clock…');
    const out = figures(await blocking(), await behind());
    ctx.log(`  quiz answer, built app in Chromium (${BROWSER_RUNS} runs)…`);
    const { taken, sent } = await inBrowser(ctx);
    const label = `browser, real timers, median of ${BROWSER_RUNS}`;
    const runs = (xs: number[]) => `runs: ${xs.map((x) => Math.round(x)).join(', ')} ms`;
    out.push(
      {
        key: 'quizAnswer.browser.before.confirmed',
        label: `${label}: before, last tap → «Ответ принят» (the send done)`,
        value: Math.round(median(sent)),
        unit: 'ms',
        note: runs(sent),
      },
      {
        key: 'quizAnswer.browser.after.confirmed',
        label: `${label}: after, last tap → «Ответы записаны» on screen`,
        value: Math.round(median(taken)),
        unit: 'ms',
        note: runs(taken),
      },
    );
    return {
      figures: out,
      notes: [
        'Virtual clock: VK Storage through the bridge and the API at 3 requests a second each; no real waiting.',
        'After: the confirmation is announced before any request is awaited; in the browser it costs one render.',
      ],
    };
  },
};
