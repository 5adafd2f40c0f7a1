// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LeaderboardEntry } from '../../../../src/core/leaderboard';
import { MyPlace } from '../../../../src/features/leaderboard/components/MyPlace';
import { wrap } from '../wrap';

const entry = (userId: number, points: number, place: number): LeaderboardEntry => ({
  userId,
  points,
  place,
  likes: points,
  comments: 0,
  reposts: 0,
});
// 1, 2, 2, 4: the next better place of 4th is the shared 2nd.
const ENTRIES = [entry(11, 20, 1), entry(12, 9, 2), entry(13, 9, 2), entry(14, 5, 4)];
const PEOPLE = new Map([[14, { name: 'Анна Попова', photo: null }]]);

afterEach(cleanup);

describe('MyPlace', () => {
  it('pins my place and points with the gap to the next better place', () => {
    render(
      wrap(<MyPlace entries={ENTRIES} userId={14} people={PEOPLE} standing="member" onOpenPost={null} />),
    );
    const me = screen.getByTestId('lb-me');
    expect(me.getAttribute('data-place')).toBe('4');
    expect(me.getAttribute('data-points')).toBe('5');
    expect(me.textContent).toContain('4 место');
    expect(me.textContent).toContain('5 очков');
    expect(screen.getByTestId('lb-next-gap').textContent).toBe('4 очка до следующего места');
  });

  it('counts a tie as reached: from a shared place the gap is to the place above', () => {
    render(
      wrap(<MyPlace entries={ENTRIES} userId={13} people={PEOPLE} standing="member" onOpenPost={null} />),
    );
    expect(screen.getByTestId('lb-me').getAttribute('data-place')).toBe('2');
    expect(screen.getByTestId('lb-next-gap').textContent).toBe('11 очков до следующего места');
  });

  it('says so on first place', () => {
    render(
      wrap(<MyPlace entries={ENTRIES} userId={11} people={PEOPLE} standing="member" onOpenPost={null} />),
    );
    expect(screen.getByTestId('lb-next-gap').textContent).toBe('Вы на первом месте');
  });

  it('tells an absent member how to get in, with the newest post to open', () => {
    const open = vi.fn();
    render(
      wrap(<MyPlace entries={ENTRIES} userId={99} people={PEOPLE} standing="member" onOpenPost={open} />),
    );
    expect(screen.queryByTestId('lb-me')).toBeNull();
    expect(screen.getByTestId('lb-me-absent').textContent).toMatch(/Вас пока нет в рейтинге/);
    fireEvent.click(screen.getByTestId('lb-open-post'));
    expect(open).toHaveBeenCalledOnce();
  });

  it('tells managers they do not take part, without the post button', () => {
    render(
      wrap(
        <MyPlace
          entries={ENTRIES}
          userId={99}
          people={PEOPLE}
          standing="manager"
          onOpenPost={() => undefined}
        />,
      ),
    );
    expect(screen.getByTestId('lb-me-absent').textContent).toMatch(/Администраторы не участвуют/);
    expect(screen.queryByTestId('lb-open-post')).toBeNull();
  });
});
