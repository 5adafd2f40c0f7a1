import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POINTS,
  placeOf,
  pointsToNextPlace,
  scoreLeaderboard,
  validatePoints,
  withPlaces,
  type LeaderboardComment,
  type LeaderboardInput,
  type PostActivity,
} from '../../../../src/core/leaderboard';

const GROUP = 500;
const [ANNA, BORIS, VERA, GLEB] = [11, 22, 33, 44];

function post(id: number, activity: Partial<Omit<PostActivity, 'ref' | 'date'>> = {}): PostActivity {
  return {
    ref: `-${GROUP}_${id}`,
    date: 1_700_000_000 + id,
    likers: [],
    reposters: [],
    comments: [],
    ...activity,
  };
}

let commentId = 0;
function comment(fromId: number, text: string, date = 1_700_000_100 + commentId): LeaderboardComment {
  commentId += 1;
  return { id: commentId, fromId, date, text };
}

function input(posts: PostActivity[], extra: Partial<LeaderboardInput> = {}): LeaderboardInput {
  return { groupId: GROUP, posts, members: [ANNA, BORIS, VERA, GLEB], managers: [], inactive: [], ...extra };
}

/** userId → points */
function pointsOf(i: LeaderboardInput, rules = DEFAULT_POINTS): Record<number, number> {
  return Object.fromEntries(scoreLeaderboard(i, rules).map((e) => [e.userId, e.points]));
}

describe('scoreLeaderboard: points per action', () => {
  it('gives 1 per like, 3 per comment, 5 per repost by default, with the counters', () => {
    const entries = scoreLeaderboard(
      input([
        post(1, { likers: [ANNA, BORIS], reposters: [ANNA], comments: [comment(ANNA, 'Отличная новость')] }),
        post(2, { likers: [ANNA] }),
      ]),
      DEFAULT_POINTS,
    );
    expect(entries).toEqual([
      { userId: ANNA, points: 2 + 3 + 5, likes: 2, comments: 1, reposts: 1, place: 1 },
      { userId: BORIS, points: 1, likes: 1, comments: 0, reposts: 0, place: 2 },
    ]);
  });

  it('uses custom points', () => {
    const i = input([
      post(1, { likers: [ANNA], reposters: [BORIS], comments: [comment(VERA, 'Спасибо большое')] }),
    ]);
    expect(pointsOf(i, { like: 7, comment: 2, repost: 10 })).toEqual({ [ANNA]: 7, [BORIS]: 10, [VERA]: 2 });
  });

  it('leaves out users whose actions are worth 0 points under the rules', () => {
    const i = input([post(1, { likers: [ANNA], reposters: [BORIS] })]);
    expect(pointsOf(i, { like: 0, comment: 3, repost: 5 })).toEqual({ [BORIS]: 5 });
  });

  it('counts a duplicated liker or reposter of one post once', () => {
    const i = input([post(1, { likers: [ANNA, ANNA], reposters: [BORIS, BORIS] })]);
    expect(pointsOf(i)).toEqual({ [ANNA]: 1, [BORIS]: 5 });
  });
});

describe('scoreLeaderboard: comments', () => {
  it('scores nothing for a comment under 5 characters after trimming', () => {
    const i = input([
      post(1, {
        comments: [
          comment(ANNA, '  Ура!  '),
          comment(BORIS, 'Ура!!'),
          comment(VERA, '👍👍👍👍'),
          comment(GLEB, ''),
        ],
      }),
    ]);
    // "Ура!" is 4 after trimming; "Ура!!" is 5; four emoji are four characters, not eight code units.
    expect(pointsOf(i)).toEqual({ [BORIS]: 3 });
  });

  it('scores a repeat of the same user’s earlier text on the same post once (case and spaces ignored)', () => {
    const i = input([
      post(1, {
        comments: [
          comment(ANNA, 'Круто, спасибо', 100),
          comment(ANNA, '  круто,   СПАСИБО ', 200),
          comment(ANNA, 'Круто, спасибо!', 300),
          comment(BORIS, 'Круто, спасибо', 400),
        ],
      }),
    ]);
    const entries = scoreLeaderboard(i, DEFAULT_POINTS);
    expect(placeOf(entries, ANNA)?.comments).toBe(2);
    expect(placeOf(entries, BORIS)?.comments).toBe(1);
  });

  it('judges repeats by date, not by list order', () => {
    const later = comment(ANNA, 'Хорошая новость', 900);
    const earlier = comment(ANNA, 'Хорошая новость', 100);
    const entries = scoreLeaderboard(input([post(1, { comments: [later, earlier] })]), DEFAULT_POINTS);
    expect(placeOf(entries, ANNA)?.comments).toBe(1);
  });

  it('counts the same text again on another post', () => {
    const i = input([
      post(1, { comments: [comment(ANNA, 'Спасибо за новость')] }),
      post(2, { comments: [comment(ANNA, 'Спасибо за новость')] }),
    ]);
    expect(pointsOf(i)).toEqual({ [ANNA]: 6 });
  });

  it('counts thread replies like top-level comments', () => {
    // The input lists replies beside top-level comments; nothing marks them apart.
    const i = input([
      post(1, { comments: [comment(BORIS, 'Когда откроют?'), comment(ANNA, 'Уже открыли вчера')] }),
    ]);
    expect(pointsOf(i)).toEqual({ [ANNA]: 3, [BORIS]: 3 });
  });
});

describe('scoreLeaderboard: who counts', () => {
  const everyone = post(1, {
    likers: [ANNA, BORIS, VERA, GLEB, 99, -GROUP, -777, 0],
    comments: [
      comment(-GROUP, 'Ответ сообщества'),
      comment(99, 'Я не подписчик'),
      comment(ANNA, 'Я подписчица'),
    ],
  });

  it('counts members only', () => {
    expect(Object.keys(pointsOf(input([everyone])))).toEqual([
      String(ANNA),
      String(BORIS),
      String(VERA),
      String(GLEB),
    ]);
  });

  it('excludes the community itself and other communities even when listed as members', () => {
    const i = input([everyone], { members: [ANNA, -GROUP, -777] });
    expect(pointsOf(i)).toEqual({ [ANNA]: 4 });
  });

  it('counts a user whose id equals the page’s id (users and communities are apart)', () => {
    const i = input([post(1, { likers: [GROUP] })], { members: [GROUP] });
    expect(pointsOf(i)).toEqual({ [GROUP]: 1 });
  });

  it('excludes managers and deleted or banned accounts', () => {
    const i = input([everyone], { managers: [BORIS], inactive: [VERA] });
    expect(pointsOf(i)).toEqual({ [ANNA]: 4, [GLEB]: 1 });
  });

  it('counts nothing without posts', () => {
    expect(scoreLeaderboard(input([]), DEFAULT_POINTS)).toEqual([]);
  });
});

describe('places', () => {
  const entries = withPlaces([
    { userId: 40, points: 5, likes: 5, comments: 0, reposts: 0 },
    { userId: 30, points: 9, likes: 9, comments: 0, reposts: 0 },
    { userId: 20, points: 7, likes: 7, comments: 0, reposts: 0 },
    { userId: 10, points: 7, likes: 7, comments: 0, reposts: 0 },
    { userId: 50, points: 2, likes: 2, comments: 0, reposts: 0 },
  ]);

  it('shares a place on equal points and skips the next (1, 2, 2, 4), ordering ties by userId', () => {
    expect(entries.map((e) => [e.userId, e.place])).toEqual([
      [30, 1],
      [10, 2],
      [20, 2],
      [40, 4],
      [50, 5],
    ]);
  });

  it('finds a user’s entry', () => {
    expect(placeOf(entries, 20)?.place).toBe(2);
    expect(placeOf(entries, 999)).toBeNull();
  });

  it('tells the points to the next better place (a tie reaches it)', () => {
    expect(pointsToNextPlace(entries, 30)).toBeNull();
    expect(pointsToNextPlace(entries, 10)).toBe(2);
    expect(pointsToNextPlace(entries, 20)).toBe(2);
    expect(pointsToNextPlace(entries, 40)).toBe(2);
    expect(pointsToNextPlace(entries, 50)).toBe(3);
    expect(pointsToNextPlace(entries, 999)).toBeNull();
  });

  it('gives everyone first place when all points are equal', () => {
    const tied = withPlaces([
      { userId: 2, points: 3, likes: 3, comments: 0, reposts: 0 },
      { userId: 1, points: 3, likes: 3, comments: 0, reposts: 0 },
    ]);
    expect(tied.map((e) => e.place)).toEqual([1, 1]);
    expect(pointsToNextPlace(tied, 2)).toBeNull();
  });
});

describe('validatePoints', () => {
  it('accepts integers 0–100', () => {
    expect(validatePoints(DEFAULT_POINTS)).toEqual([]);
    expect(validatePoints({ like: 0, comment: 100, repost: 50 })).toEqual([]);
  });

  it('names each bad field in Russian', () => {
    expect(validatePoints({ like: -1, comment: 2.5, repost: 101 })).toEqual([
      'Очки за лайк — целое число от 0 до 100',
      'Очки за комментарий — целое число от 0 до 100',
      'Очки за репост — целое число от 0 до 100',
    ]);
    expect(validatePoints({ like: Number.NaN, comment: 3, repost: 5 })).toHaveLength(1);
  });
});
