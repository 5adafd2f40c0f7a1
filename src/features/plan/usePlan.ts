// Reads what the plan needs once, and keeps the plan the core's: the periods and days from the posts
// (planPublications at the history's best hour), the ideas and dates from the institution's sphere
// (the admin's pick, shared with the poster screen, or the guess from the page's name).
import { useCallback, useMemo, useState } from 'react';
import { computeBestTime } from '../../core/history/best-time';
import { bestHourOf, planPublications, type PublicationPlan } from '../../core/plan';
import { guessInstitutionType, type InstitutionGuess, type InstitutionType } from '../../core/posters';
import { readPlan, type PlanRead } from '../../data/plan';
import { saveInstitutionType } from '../../data/posters';
import { dateOf } from '../../core/time';
import { useServices } from '../../shared/services';
import { useLoad, type LoadState } from '../../shared/useLoad';

export interface PlanState {
  load: LoadState<PlanRead>;
  plan: PlanPublicationView | null;
  /** Reads the posts again without a spinner (after a post was made), keeping the screen. */
  refresh(): Promise<void>;
  /** Picks the sphere (null: back to the guess); false when it could not be saved. */
  pickSphere(type: InstitutionType | null): Promise<boolean>;
}

export interface PlanPublicationView {
  plan: PublicationPlan;
  sphere: InstitutionType;
  guess: InstitutionGuess;
  /** The admin picked the sphere (the guess no longer speaks). */
  overridden: boolean;
  /** 'YYYY-MM-DD' of today in the page's zone, for the dates ahead. */
  today: string;
}

export function usePlan(groupId: number, canManage: boolean): PlanState {
  const { api, clock, userStorage } = useServices();
  const read = useCallback(
    () => readPlan(api, userStorage, { groupId, now: Math.floor(clock.now() / 1000), canManage }),
    [api, userStorage, clock, groupId, canManage],
  );
  const load = useLoad(read);
  const [picked, setPicked] = useState<{ type: InstitutionType | null } | null>(null);
  const data = load.state.status === 'ready' ? load.state.value : null;

  const plan = useMemo((): PlanPublicationView | null => {
    if (!data) return null;
    const now = Math.floor(clock.now() / 1000);
    const options = { timeZone: data.settings.timeZone };
    const bestTime = computeBestTime(data.posts, { now, from: data.postsFrom, options });
    const plan = planPublications({
      posts: data.posts,
      category: data.settings.category,
      now,
      timeZone: data.settings.timeZone,
      bestHour: bestHourOf(bestTime),
    });
    const guess = guessInstitutionType(data.page.name, data.activity);
    const chosen = picked ? picked.type : data.institutionType;
    return {
      plan,
      sphere: chosen ?? guess.type,
      guess,
      overridden: chosen !== null,
      today: dateOf(now, plan.timeZone),
    };
  }, [data, picked, clock]);

  // useLoad's `set` is stable (the state object around it is not): the callback stays the same.
  const { set } = load;
  const refresh = useCallback(async () => {
    try {
      set(await read());
    } catch {
      // The screen keeps what it shows; the next visit reads again.
    }
  }, [set, read]);

  const pickSphere = useCallback(
    async (type: InstitutionType | null) => {
      setPicked({ type });
      return saveInstitutionType(userStorage, groupId, type).then(
        () => true,
        () => false,
      );
    },
    [userStorage, groupId],
  );

  return { load, plan, refresh, pickSphere };
}
