// The worked example of docs/plan.md: an active page in December 2025, Moscow time.
import type { Post } from '../../../../src/core/types';
import { msk, post } from '../helpers';

/** Wednesday 10 December 2025, 12:00: 10:00 has passed, so today gets no suggestion. */
export const EXAMPLE_NOW = msk('2025-12-10T12:00');

export function examplePosts(): Post[] {
  return [
    // Period 1: three posts, met.
    post({ date: msk('2025-12-02T09:00') }),
    post({ date: msk('2025-12-04T09:00') }),
    post({ date: msk('2025-12-06T09:00') }),
    // Period 2: one post so far.
    post({ date: msk('2025-12-08T09:00') }),
    // A repost on the 11th: not own, so it neither counts nor takes the day.
    post({ date: msk('2025-12-11T09:00'), own: false }),
    // Period 3: one post scheduled on its last day.
    post({ date: msk('2025-12-21T10:00'), state: 'postponed' }),
  ];
}
