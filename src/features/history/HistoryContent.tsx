// Placeholder until the history screen lands.
export interface HistoryContentProps {
  groupId: number;
  /** The viewer manages the page: stats.get (members by month) may be asked for. */
  canManage: boolean;
}

export function HistoryContent({ groupId }: HistoryContentProps) {
  return <div data-testid="history">{groupId}</div>;
}
