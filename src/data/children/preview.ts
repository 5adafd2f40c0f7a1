// What would be added, line by line, before anything is saved: pasted text, an imported file or the
// parent's links block, each resolved against VK. Nothing is dropped silently.
import { MAX_IMPORT_ROWS, pastedTooManyError, type ImportPreview } from '../../core/pages/import-list';
import { RESOLVE_REASONS, splitPastedRefs } from '../../core/pages/page-ref';
import type { Category } from '../../core/types';
import type { VkApi } from '../../vk/api-client';
import { ImportFileError } from '../import/read-file';
import { resolveLinksBlock } from './links-block';
import type { ChildEntry } from './list-store';
import { resolveRefs, type ResolvedPage, type Resolution } from './resolve';

export type PreviewItem =
  | {
      line: number | null;
      raw: string;
      status: 'ok';
      page: ResolvedPage;
      category: Category | null;
      note: string | null;
    }
  | { line: number | null; raw: string; status: 'skipped'; reason: string };

export async function previewPaste(
  api: VkApi,
  text: string,
  existing: readonly ChildEntry[],
): Promise<PreviewItem[]> {
  const pasted = splitPastedRefs(text);
  if (pasted.length > MAX_IMPORT_ROWS) throw new ImportFileError(pastedTooManyError(pasted.length));
  const resolved = await resolveRefs(api, pasted);
  return markKnown(
    resolved.map((r) => fromResolution(r, null, null)),
    existing,
  );
}

export async function previewImport(
  api: VkApi,
  preview: ImportPreview,
  existing: readonly ChildEntry[],
): Promise<PreviewItem[]> {
  const okRows = preview.rows.filter((row) => row.kind === 'ok' && row.ref !== null);
  const resolved = await resolveRefs(
    api,
    okRows.map((row) => ({ raw: row.raw, ref: row.ref! })),
  );
  const byLine = new Map(okRows.map((row, i) => [row.line, resolved[i]!]));
  const items = preview.rows.map((row): PreviewItem => {
    const resolution = byLine.get(row.line);
    if (resolution) {
      const item = fromResolution(resolution, row.line, row.category);
      return item.status === 'ok' ? { ...item, note: row.warnings.join(' ') || null } : item;
    }
    return { line: row.line, raw: row.raw, status: 'skipped', reason: row.reason ?? RESOLVE_REASONS.skipped };
  });
  return markKnown(items, existing);
}

export async function previewLinksBlock(
  api: VkApi,
  parentId: number,
  existing: readonly ChildEntry[],
): Promise<PreviewItem[]> {
  const resolved = await resolveLinksBlock(api, parentId);
  return markKnown(
    resolved.map((r) => fromResolution(r, null, null)),
    existing,
  );
}

/** The entries a confirmed preview adds (one per page, the first occurrence wins). */
export function entriesOf(items: readonly PreviewItem[]): ChildEntry[] {
  const seen = new Set<number>();
  const entries: ChildEntry[] = [];
  for (const item of items) {
    if (item.status !== 'ok' || seen.has(item.page.id)) continue;
    seen.add(item.page.id);
    entries.push({ id: item.page.id, name: item.page.name, category: item.category });
  }
  return entries;
}

function fromResolution(r: Resolution, line: number | null, category: Category | null): PreviewItem {
  return r.status === 'ok'
    ? { line, raw: r.raw, status: 'ok', page: r.page, category, note: null }
    : { line, raw: r.raw, status: 'skipped', reason: r.reason };
}

/** Pages already in the list, or met earlier in the same preview, are skipped and say so. */
function markKnown(items: readonly PreviewItem[], existing: readonly ChildEntry[]): PreviewItem[] {
  const known = new Set(existing.map((entry) => entry.id));
  return items.map((item) => {
    if (item.status !== 'ok') return item;
    if (known.has(item.page.id))
      return { line: item.line, raw: item.raw, status: 'skipped', reason: RESOLVE_REASONS.already };
    known.add(item.page.id);
    return item;
  });
}
