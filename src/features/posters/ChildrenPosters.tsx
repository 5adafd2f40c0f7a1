// Placeholder until the bulk poster screen lands.
export interface ChildrenPostersProps {
  /** The community the app was opened from (its list of subordinate pages), null outside one. */
  parentId: number | null;
  /** Try the community's shared list first (admins). */
  tryCommunity: boolean;
}

export function ChildrenPosters({ parentId }: ChildrenPostersProps) {
  return <div data-testid="children-posters">{parentId}</div>;
}
