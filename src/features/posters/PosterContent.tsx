// Placeholder until the poster screen lands.
export interface PosterContentProps {
  groupId: number;
}

export function PosterContent({ groupId }: PosterContentProps) {
  return <div data-testid="poster">{groupId}</div>;
}
