import { describe, expect, it } from 'vitest';
import { topicIdeas, type TopicKind } from '../../../../src/core/plan';
import { INSTITUTION_TYPES } from '../../../../src/core/posters';

// The letters' lists: events, contests, successes, useful information, announcements, live streams,
// formats that engage.
const KINDS: readonly TopicKind[] = [
  'event',
  'contest',
  'success',
  'useful',
  'announcement',
  'live',
  'engage',
];

describe('topicIdeas', () => {
  it.each(INSTITUTION_TYPES)('%s: 8–12 ideas from every list, unique ids, drafts to fill in', (sphere) => {
    const ideas = topicIdeas(sphere);
    expect(ideas.length).toBeGreaterThanOrEqual(8);
    expect(ideas.length).toBeLessThanOrEqual(12);
    expect(new Set(ideas.map((i) => i.id)).size).toBe(ideas.length);
    expect([...new Set(ideas.map((i) => i.kind))].sort()).toEqual([...KINDS].sort());
    for (const idea of ideas) expect(idea.draft).toMatch(/\[[^\]]+\]/);
  });

  it('offers polls, photo marathons and «угадай место» to every sphere', () => {
    for (const sphere of INSTITUTION_TYPES)
      expect(
        topicIdeas(sphere)
          .filter((i) => i.kind === 'engage')
          .map((i) => i.id),
      ).toEqual(['poll', 'photo-marathon', 'guess-place']);
  });

  it("puts the sphere's own ideas first", () => {
    expect(topicIdeas('education')[2]).toMatchObject({ id: 'pupils-success', title: 'Успехи учеников' });
    expect(topicIdeas('health')[0]?.kind).toBe('event');
  });
});
