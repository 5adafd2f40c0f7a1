// The widget code is built from untrusted names: the demo's VKScript interpreter (the subset VK's
// appWidgets.update runs) must return exactly the intended object for any names, with no API call.
import { describe, expect, it } from 'vitest';
import {
  displayText,
  peopleText,
  widgetRows,
  escapeVkScriptString,
  leaderboardLink,
  vkLink,
  WIDGET_CODE_MAX,
  WIDGET_EMPTY,
  WIDGET_TEXT_MAX,
  widgetCode,
  WidgetCodeTooLongError,
  widgetObject,
  widgetUpdatedText,
  withPlaces,
  type LeaderboardEntry,
  type WidgetOptions,
} from '../../../../src/core/leaderboard';
import { compileVkScript, runVkScript, type ApiCaller } from '../../../../src/demo/vkscript';
import { seededRandom } from '../giveaway/helpers';

const APP_LINK = leaderboardLink(51234567, 219000001);

/** Runs the code as appWidgets.update would; any API call it makes is recorded and answered. */
function evaluate(code: string) {
  const calls: string[] = [];
  const api: ApiCaller = (method) => {
    calls.push(method);
    return { ok: true, value: 1 };
  };
  const { response, executeErrors } = runVkScript(code, api);
  return { response, calls, executeErrors };
}

const HOSTILE = [
  '"',
  '\\',
  '\\"',
  '"}; return API.wall.post({"owner_id": -1, "message": "hacked"});',
  '"}]]}; var x = API.storage.set({"key": "a", "value": "b"}); return {"',
  '" + API.account.getInfo() + "',
  '\\u0022}; return API.',
  '\n',
  '\r\n',
  '\t',
  '\u0000',
  '\u0008\u000b\u000c\u001b\u007f\u0085',
  '\u2028',
  '\u2029',
  '\u200f',
  '\u200e',
  '\u202e',
  '\u2067',
  '\ufeff',
  '\ud800',
  '\udfff',
  '\udbff\udbff',
  '😀',
  '👩‍👩‍👧‍👦',
  '🇷🇺',
  'Анна',
  'Ёлкина-Иванова',
  'محمد',
  'שלום',
  '/* */',
  '// ',
  '</script>',
  ' ',
  '   ',
  '',
  'a',
  '@.',
  '${x}',
];

function hostileName(random: () => number): string {
  const pick = () => HOSTILE[Math.floor(random() * HOSTILE.length)] ?? '';
  if (random() < 0.05) {
    // 10,000 characters, hostile all the way through.
    let long = '';
    while (long.length < 10_000) long += pick() || 'я';
    return long.slice(0, 10_000);
  }
  let name = '';
  const parts = 1 + Math.floor(random() * 8);
  for (let i = 0; i < parts; i++) name += pick();
  return name;
}

function hostileOptions(random: () => number): WidgetOptions {
  const count = Math.floor(random() * 16);
  const raw: Omit<LeaderboardEntry, 'place'>[] = [];
  const names = new Map<number, string>();
  const used = new Set<number>();
  while (raw.length < count) {
    const userId = 1 + Math.floor(random() * 2_000_000_000);
    if (used.has(userId)) continue;
    used.add(userId);
    const likes = Math.floor(random() * 50);
    raw.push({ userId, points: likes + 1, likes: likes + 1, comments: 0, reposts: 0 });
    if (random() < 0.9) names.set(userId, hostileName(random));
  }
  return {
    title: random() < 0.5 ? hostileName(random) : 'Рейтинг подписчиков',
    entries: withPlaces(raw),
    names,
    appLink: random() < 0.8 ? APP_LINK : hostileName(random),
    maxRows: random() < 0.7 ? undefined : 1 + Math.floor(random() * 12),
  };
}

describe('widget code: property over hostile names', () => {
  it('evaluates to exactly widgetObject for 600 random hostile name sets, with no API call', () => {
    const random = seededRandom(20241107);
    for (let run = 0; run < 600; run++) {
      const options = hostileOptions(random);
      const code = widgetCode(options);
      const context = `run ${run}`;
      expect(code.length, context).toBeLessThan(WIDGET_CODE_MAX);
      expect(code, context).toMatch(/^return \{[\x20-\x7e]*\};$/);
      // One statement, a return: nothing a name contains became code.
      expect(
        compileVkScript(code).body.map((statement) => statement.t),
        context,
      ).toEqual(['return']);
      const { response, calls, executeErrors } = evaluate(code);
      expect(calls, context).toEqual([]);
      expect(executeErrors, context).toEqual([]);
      const intended = widgetObject(options);
      expect(response, context).toEqual(intended);
      expect(JSON.stringify(response), context).toBe(JSON.stringify(intended));
      checkShape(intended, options, context);
    }
  });

  it('keeps ten 10,000-character names far under the code limit', () => {
    const entries = withPlaces(
      Array.from({ length: 10 }, (_, i) => ({
        userId: i + 1,
        points: 10 - i,
        likes: 10 - i,
        comments: 0,
        reposts: 0,
      })),
    );
    const names = new Map(entries.map((e) => [e.userId, '"\\😀\u202e'.repeat(2_000)]));
    const options = { title: '"'.repeat(10_000), entries, names, appLink: APP_LINK };
    const code = widgetCode(options);
    expect(code.length).toBeLessThan(WIDGET_CODE_MAX);
    expect(evaluate(code).response).toEqual(widgetObject(options));
    for (const row of widgetObject(options).body)
      expect(row[1]?.text.length).toBeLessThanOrEqual(WIDGET_TEXT_MAX);
  });
});

function checkShape(widget: ReturnType<typeof widgetObject>, options: WidgetOptions, context: string): void {
  expect(
    widget.head.map((cell) => cell.text),
    context,
  ).toEqual(['Место', 'Подписчик', 'Очки']);
  const max = Math.max(1, Math.min(10, options.maxRows ?? 10));
  const rows = widgetRows(options.entries, max);
  expect(rows.length, context).toBeLessThanOrEqual(max);
  expect(widget.body.length, context).toBe(Math.max(rows.length, 1));
  expect(widget.title.length, context).toBeLessThanOrEqual(WIDGET_TEXT_MAX);
  rows.forEach((row, i) => {
    const [place, name, points] = widget.body[i] ?? [];
    expect(place?.text, context).toBe(row.place);
    if (row.kind === 'tie') {
      expect(name, context).toEqual({ text: `${peopleText(row.count)} с равными очками` });
      expect(points?.text, context).toBe(String(row.points));
      return;
    }
    const entry = row.entry;
    expect(points?.text, context).toBe(String(entry.points));
    expect(name?.icon_id, context).toBe(`id${entry.userId}`);
    expect(name?.url, context).toBe(`https://vk.com/id${entry.userId}`);
    expect(name?.text.length, context).toBeLessThanOrEqual(WIDGET_TEXT_MAX);
    expect(
      [...(name?.text ?? '')].some((char) => '\n\r\u2028\u2029\u0000'.includes(char)),
      context,
    ).toBe(false);
    const raw = options.names.get(entry.userId) ?? '';
    expect(name?.text, context).toBe(displayText(raw) || `id${entry.userId}`);
  });
  for (const url of [widget.title_url, widget.more_url]) {
    if (url !== undefined) expect(url.startsWith('https://vk.com/'), context).toBe(true);
  }
}

describe('escapeVkScriptString', () => {
  it('round-trips any string through JSON.parse and the interpreter, in printable ASCII', () => {
    const random = seededRandom(7);
    for (let run = 0; run < 300; run++) {
      const value = hostileName(random);
      const literal = escapeVkScriptString(value);
      expect(literal).toMatch(/^"[\x20-\x7e]*"$/);
      expect(JSON.parse(literal)).toBe(value);
      expect(evaluate(`return ${literal};`).response).toBe(value);
    }
  });

  it('escapes quotes, backslashes and every non-ASCII character', () => {
    expect(escapeVkScriptString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(escapeVkScriptString('я\n😀\ud800')).toBe('"\\u044f\\u000a\\ud83d\\ude00\\ud800"');
  });
});

describe('widgetObject', () => {
  const entries = withPlaces([
    { userId: 1, points: 9, likes: 9, comments: 0, reposts: 0 },
    { userId: 2, points: 9, likes: 9, comments: 0, reposts: 0 },
    { userId: 3, points: 4, likes: 4, comments: 0, reposts: 0 },
  ]);
  const names = new Map([
    [1, 'Анна Петрова'],
    [2, '  Борис\nСидоров  '],
  ]);

  it('builds the table: place, name with the user’s photo and page, points; more links to the app', () => {
    expect(widgetObject({ title: 'Рейтинг', entries, names, appLink: APP_LINK })).toEqual({
      title: 'Рейтинг',
      title_url: APP_LINK,
      head: [
        { text: 'Место', align: 'center' },
        { text: 'Подписчик', align: 'left' },
        { text: 'Очки', align: 'right' },
      ],
      body: [
        // A tie of two: its places once, on its first row.
        [{ text: '1–2' }, { text: 'Анна Петрова', icon_id: 'id1', url: 'https://vk.com/id1' }, { text: '9' }],
        [{ text: '' }, { text: 'Борис Сидоров', icon_id: 'id2', url: 'https://vk.com/id2' }, { text: '9' }],
        [{ text: '3' }, { text: 'id3', icon_id: 'id3', url: 'https://vk.com/id3' }, { text: '4' }],
      ],
      more: 'Вся таблица',
      more_url: APP_LINK,
    });
  });

  it('shows at most maxRows rows, and at most 10', () => {
    expect(widgetObject({ title: 't', entries, names, appLink: APP_LINK, maxRows: 2 }).body).toHaveLength(2);
    const many = withPlaces(
      Array.from({ length: 25 }, (_, i) => ({
        userId: i + 1,
        points: 30 - i,
        likes: 1,
        comments: 0,
        reposts: 0,
      })),
    );
    expect(
      widgetObject({ title: 't', entries: many, names, appLink: APP_LINK, maxRows: 50 }).body,
    ).toHaveLength(10);
  });

  it('folds a big tie into one row: «2–25 · 24 человека с равными очками»', () => {
    const crowd = withPlaces([
      { userId: 1, points: 40, likes: 5, comments: 5, reposts: 4 },
      ...Array.from({ length: 24 }, (_, i) => ({
        userId: i + 2,
        points: 6,
        likes: 1,
        comments: 0,
        reposts: 1,
      })),
      { userId: 99, points: 1, likes: 1, comments: 0, reposts: 0 },
    ]);
    expect(widgetObject({ title: 't', entries: crowd, names, appLink: APP_LINK }).body).toEqual([
      [{ text: '1' }, { text: 'Анна Петрова', icon_id: 'id1', url: 'https://vk.com/id1' }, { text: '40' }],
      [{ text: '2–25' }, { text: '24 человека с равными очками' }, { text: '6' }],
      [{ text: '26' }, { text: 'id99', icon_id: 'id99', url: 'https://vk.com/id99' }, { text: '1' }],
    ]);
  });

  it('says so in one row when nobody has points', () => {
    expect(widgetObject({ title: 't', entries: [], names, appLink: APP_LINK }).body).toEqual([
      [{ text: '—' }, { text: WIDGET_EMPTY }, { text: '0' }],
    ]);
  });

  it.each([
    'https://evil.example/app1',
    'https://vk.com.evil.example/app1',
    'http://vk.com/app1',
    'javascript:alert(1)//vk.com',
    'https://user@vk.com/app1',
    'not a url',
    '',
  ])('links nowhere off vk.com: %s', (appLink) => {
    const widget = widgetObject({ title: 't', entries, names, appLink });
    expect(widget.more).toBeUndefined();
    expect(widget.more_url).toBeUndefined();
    expect(widget.title_url).toBeUndefined();
    expect(vkLink(appLink)).toBeNull();
  });
});

describe('displayText', () => {
  it('keeps an ordinary name as it is', () => {
    expect(displayText('Анна Петрова 😀')).toBe('Анна Петрова 😀');
  });

  it('turns controls and line breaks into single spaces and lone surrogates into U+FFFD', () => {
    expect(displayText(' a\n\n b\u2028c\u0000d ')).toBe('a b c d');
    expect(displayText('x\ud800y\udc00')).toBe('x\ufffdy\ufffd');
    expect(displayText('😀')).toBe('😀');
  });

  it('cuts to 100 characters with an ellipsis, never halving an emoji', () => {
    const cut = displayText('a'.repeat(98) + '😀😀');
    expect(cut.length).toBeLessThanOrEqual(WIDGET_TEXT_MAX);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe('widget code: the one length guard, where the code is finished', () => {
  const entries = withPlaces([{ userId: 1, points: 3, likes: 3, comments: 0, reposts: 0 }]);
  const names = new Map([[1, 'Анна']]);

  it('never returns code over 100,000 characters: a 200,000-character link is refused', () => {
    const appLink = `${APP_LINK}${'a'.repeat(200_000)}`;
    // The link is a valid vk.com link: only the finished code's length stops it.
    expect(vkLink(appLink)).toBe(appLink);
    expect(() => widgetCode({ title: 't', entries, names, appLink })).toThrow(WidgetCodeTooLongError);
    expect(() => widgetCode({ title: 't', entries, names, appLink })).toThrow(
      /^Код виджета получился длиннее 100\u00a0000 символов \(400\u00a0\d{3}\): ВКонтакте его не примет/,
    );
  });

  it('returns code up to the limit itself', () => {
    const base = widgetCode({ title: 't', entries, names, appLink: APP_LINK }).length;
    // The link appears twice (title_url and more_url): fill the code to exactly WIDGET_CODE_MAX.
    const room = WIDGET_CODE_MAX - base;
    const fits = `${APP_LINK}${'a'.repeat(Math.floor(room / 2))}`;
    const code = widgetCode({ title: 't', entries, names, appLink: fits });
    expect(code.length).toBeLessThanOrEqual(WIDGET_CODE_MAX);
    expect(code.length).toBeGreaterThan(WIDGET_CODE_MAX - 2);
    const over = `${fits}a`;
    expect(() => widgetCode({ title: 't', entries, names, appLink: over })).toThrow(WidgetCodeTooLongError);
  });
});

describe('the widget says when it was updated', () => {
  const entries = withPlaces([{ userId: 1, points: 3, likes: 3, comments: 0, reposts: 0 }]);
  const names = new Map([[1, 'Анна']]);
  // 2026-12-07 09:04:00 UTC: 12:04 in Moscow, 21:04 in Kamchatka.
  const at = Date.UTC(2026, 11, 7, 9, 4) / 1000;

  it('names the day and the time in the page zone', () => {
    expect(widgetUpdatedText(at, 'Europe/Moscow')).toBe('обновлено 7 декабря в 12:04');
    expect(widgetUpdatedText(at, 'Asia/Kamchatka')).toBe('обновлено 7 декабря в 21:04');
    // Past midnight in the zone: the next day, and the hour without a leading zero.
    expect(widgetUpdatedText(Date.UTC(2026, 11, 7, 21, 5) / 1000, 'Europe/Moscow')).toBe(
      'обновлено 8 декабря в 0:05',
    );
  });

  it('says it next to the link at the bottom, or in the title when there is no link', () => {
    const updated = { at, timeZone: 'Europe/Moscow' };
    const linked = widgetObject({ title: 'Лидеры', entries, names, appLink: APP_LINK, updated });
    expect(linked.title).toBe('Лидеры');
    expect(linked.more).toBe('Вся таблица · обновлено 7 декабря в 12:04');
    const unlinked = widgetObject({ title: 'Лидеры', entries, names, appLink: '', updated });
    expect(unlinked.title).toBe('Лидеры · обновлено 7 декабря в 12:04');
    expect(unlinked.more).toBeUndefined();
    // Without a time the widget is as before: the content a change is judged by.
    expect(widgetObject({ title: 'Лидеры', entries, names, appLink: APP_LINK }).more).toBe('Вся таблица');
  });
});
