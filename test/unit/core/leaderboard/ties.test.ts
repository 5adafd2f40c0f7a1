// Ties: equal points share a place, named once per tie in the table and folded in the widget.
import { describe, expect, it } from 'vitest';
import {
  peopleText,
  placeRange,
  rowPlaces,
  tieGroups,
  widgetRows,
  widgetUserIds,
  withPlaces,
} from '../../../../src/core/leaderboard';

const board = (points: number[]) =>
  withPlaces(points.map((p, i) => ({ userId: i + 1, points: p, likes: p, comments: 0, reposts: 0 })));

describe('tieGroups and rowPlaces', () => {
  it('groups equal points and names each tie once: 9 · 6 6 6 · 2 → «1», «2–4», «5»', () => {
    const entries = board([9, 6, 6, 6, 2]);
    expect(tieGroups(entries).map((g) => [g.from, g.to, g.points, g.entries.length])).toEqual([
      [1, 1, 9, 1],
      [2, 4, 6, 3],
      [5, 5, 2, 1],
    ]);
    expect(rowPlaces(entries)).toEqual([
      { shown: '1', spoken: '1 место' },
      { shown: '2–4', spoken: '2–4 место' },
      { shown: '', spoken: '2–4 место' },
      { shown: '', spoken: '2–4 место' },
      { shown: '5', spoken: '5 место' },
    ]);
    expect(placeRange({ from: 7, to: 7 })).toBe('7');
    expect(rowPlaces([])).toEqual([]);
  });

  it.each([
    [1, '1 человек'],
    [2, '2 человека'],
    [5, '5 человек'],
    [21, '21 человек'],
    [34, '34 человека'],
  ])('%i → %s', (n, text) => {
    expect(peopleText(n)).toBe(text);
  });
});

describe('widgetRows', () => {
  it('lists a small tie by name when it fits, and folds one that does not', () => {
    // 9 · 6 6 · 5 5 5 5 · 1 within 4 rows: «1», «2–3» (2 people), the tie of four folded, then full.
    const rows = widgetRows(board([9, 6, 6, 5, 5, 5, 5, 1]), 4);
    expect(
      rows.map((r) => (r.kind === 'tie' ? `${r.place}×${r.count}` : `${r.place}:${r.entry.userId}`)),
    ).toEqual(['1:1', '2–3:2', ':3', '4–7×4']);
    // A tie of three that does not fit the one row left is folded too.
    expect(widgetRows(board([9, 6, 6, 6]), 2).map((r) => r.kind)).toEqual(['person', 'tie']);
  });

  it('never exceeds the rows, and ten people tied at the top are one row, not ten «1»', () => {
    const flat = board(Array.from({ length: 10 }, () => 6));
    expect(widgetRows(flat, 10)).toEqual([{ kind: 'tie', place: '1–10', count: 10, points: 6 }]);
    const distinct = board(Array.from({ length: 30 }, (_, i) => 30 - i));
    expect(widgetRows(distinct, 10)).toHaveLength(10);
  });
});

describe('widgetUserIds', () => {
  it('names the people the widget lists, past a folded tie too', () => {
    // 9 · five at 6 (folded) · 4: the widget names users 1 and 7.
    expect(widgetUserIds(board([9, 6, 6, 6, 6, 6, 4]), 10)).toEqual([1, 7]);
  });
});
