// One demo session across page loads: VK Storage and the session journal (comments) live in one
// memory Web Storage, time on one virtual clock; each `open` is a fresh page load as another viewer
// (role=admin|editor|member|none, deny=wall), the way the e2e switches roles in one browser context.
import { createServices } from '../../../src/app/create-services';
import type { AppServices } from '../../../src/shared/services';
import {
  createQuiz,
  findPublishedQuiz,
  quizDeps,
  submitEntry,
  type QuizDeps,
  type QuizRecord,
} from '../../../src/data/quiz';
import { createDemoBridge, type DemoBridge } from '../../../src/demo/fake-bridge';
import type { DemoPost, DemoWorld } from '../../../src/demo/world-types';
import { createMemoryWebStorage } from '../../../src/demo/storage';
import { VirtualClock } from '../../../src/vk/clock';
import { DEMO_NOW, DEMO_NOW_ISO } from '../demo-services';

export interface QuizViewer {
  services: AppServices;
  bridge: DemoBridge;
  deps: QuizDeps;
  userId: number;
}

export function quizSession(groupId: number) {
  const clock = new VirtualClock(DEMO_NOW * 1000);
  const storage = createMemoryWebStorage();
  const open = (query: string): QuizViewer => {
    const bridge = createDemoBridge({
      search: `?demo=1&now=${encodeURIComponent(DEMO_NOW_ISO)}&group=${groupId}&${query}`,
      storage,
      clock,
    });
    const services = createServices({
      bridge,
      launchSearch: bridge.launchSearch(),
      clock,
      demoLabel: 'demo',
    });
    return { services, bridge, deps: quizDeps(services, groupId), userId: services.launch.userId };
  };
  return { clock, open, now: () => Math.floor(clock.now() / 1000) };
}

/** The page's own published posts, newest first: `skip` = 0 for the newest (ordinary news posts). */
export function ownPost(world: DemoWorld, groupId: number, skip = 0): DemoPost {
  const posts = (world.walls.get(groupId) ?? [])
    .filter((p) => p.kind === 'regular' && p.state === 'published' && p.fromId === -groupId)
    .sort((a, b) => b.date - a.date);
  const post = posts[skip];
  if (!post) throw new Error('the demo page has too few own posts');
  return post;
}

/**
 * A two-question quiz (answers б, а) on the page's newest own post, open for an hour from DEMO_NOW,
 * found as a subscriber finds it, and a member's entry that answered both right in 2 s and 3 s.
 */
export async function answeredQuiz(session: ReturnType<typeof quizSession>, groupId: number, title: string) {
  const admin = session.open('role=admin');
  const post = ownPost(admin.bridge.world, groupId);
  const postRef = `${post.ownerId}_${post.id}`;
  const record = await createQuiz(admin.deps, groupId, {
    title,
    prize: '',
    questions: [
      { text: 'Первый?', options: ['а', 'б'], photo: null, correct: 1 },
      { text: 'Второй?', options: ['а', 'б'], photo: null, correct: 0 },
    ],
    secondsPerQuestion: 20,
    opensAt: DEMO_NOW,
    closesAt: DEMO_NOW + 3600,
    postRef,
  });
  const member = session.open('role=member');
  const open = await findPublishedQuiz(member.services.api, { groupId, id: record.definition.id, postRef });
  if (!open) throw new Error('the quiz is not published');
  const entry = await submitEntry(member.deps, open, { a: [1, 0], t: [2000, 3000] });
  if (!entry.posted) throw new Error("the member's entry was not posted");
  return { admin, member, post, postRef, record, open };
}

/** An admin's record of a one-question quiz that closed an hour before DEMO_NOW, with `results`. */
export function closedQuizRecord(id: string, groupId: number, results: QuizRecord['results']): QuizRecord {
  return {
    definition: {
      id,
      groupId,
      title: 'Большая викторина',
      prize: '',
      questions: [{ text: 'Вопрос?', options: ['а', 'б'], photo: null }],
      secondsPerQuestion: 20,
      opensAt: DEMO_NOW - 7200,
      closesAt: DEMO_NOW - 3600,
      publicKey: 'x',
    },
    key: [0],
    privateKeyJwk: { kty: 'EC' },
    postRef: `-${groupId}_1`,
    keyInPost: true,
    definitionCommentId: 5,
    definitionPartsPosted: 1,
    createdAt: DEMO_NOW - 9000,
    results,
  };
}
