// Competition ranking shared by every table with places: the quiz results, the series and the
// leaderboard (equal scores share a place, the next place skips).

/** Competition places ("1, 2, 2, 4") of an already sorted list. */
export function placesOf<T>(sorted: readonly T[], same: (a: T, b: T) => boolean): number[] {
  const places: number[] = [];
  sorted.forEach((item, i) => {
    places.push(i > 0 && same(sorted[i - 1]!, item) ? places[i - 1]! : i + 1);
  });
  return places;
}
