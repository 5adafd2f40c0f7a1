// From the list's rows and what VK said about them to the pages to read: one entry per community (the
// first row naming it wins, as in the app's import), every row VK does not know as a warning.
import type { ChildEntry } from '../../data/children/list-store';
import type { Resolution } from '../../data/children/resolve';
import type { ListedPage } from './page-list';

export function selectPages(
  listed: readonly ListedPage[],
  resolutions: readonly Resolution[],
): { entries: ChildEntry[]; warnings: string[] } {
  const entries: ChildEntry[] = [];
  const warnings: string[] = [];
  const firstLine = new Map<number, number>();
  resolutions.forEach((resolution, i) => {
    const row = listed[i] as ListedPage;
    const where = `line ${row.line} (${row.raw})`;
    if (resolution.status === 'skipped') {
      warnings.push(`${where}: skipped, ${resolution.reason}`);
      return;
    }
    const { page } = resolution;
    const first = firstLine.get(page.id);
    if (first !== undefined) {
      warnings.push(`${where}: skipped, the same page as line ${first}`);
      return;
    }
    firstLine.set(page.id, row.line);
    entries.push({ id: page.id, name: page.name, category: row.category });
  });
  return { entries, warnings };
}
