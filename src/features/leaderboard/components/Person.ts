// Who stands behind a user id on the screens: the name and the users.get photo_100.
export interface Person {
  name: string;
  /** photo_100; null when VK gave none. */
  photo: string | null;
}

/** A name even for an id VK did not describe (a deleted account seen earlier, a failed read). */
export function personOf(people: ReadonlyMap<number, Person>, userId: number): Person {
  return people.get(userId) ?? { name: `id${userId}`, photo: null };
}

/** The data layer's two maps as one. */
export function peopleOf(
  names: ReadonlyMap<number, string>,
  photos: ReadonlyMap<number, string>,
): Map<number, Person> {
  const people = new Map<number, Person>();
  for (const [id, name] of names) people.set(id, { name, photo: photos.get(id) ?? null });
  return people;
}
