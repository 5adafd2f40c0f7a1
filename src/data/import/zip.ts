// Just enough ZIP to read an .xlsx safely: the central directory lists the parts, and a part is
// inflated only when asked for, in small slices, against a budget of unpacked bytes. The sizes the
// archive declares are never trusted: a part that inflates past the budget stops the read at once,
// so a 1 KB "zip bomb" costs at most the budget, not gigabytes.
import { Inflate } from 'fflate';

/** The archive is damaged or uses something an .xlsx never does (encryption, ZIP64, odd methods). */
export class ZipFormatError extends Error {
  override name = 'ZipFormatError';
}

/** The parts read so far unpack to more than the budget. */
export class ZipBudgetError extends Error {
  override name = 'ZipBudgetError';
  constructor(readonly budgetBytes: number) {
    super(`the archive unpacks to more than ${budgetBytes} bytes`);
  }
}

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  /** As declared by the archive: a hint, never trusted. */
  declaredSize: number;
  localHeaderOffset: number;
}

/** Unpacked bytes still allowed, shared by every part read from one archive. */
export interface UnpackBudget {
  readonly limit: number;
  left: number;
}

export function unpackBudget(limit: number): UnpackBudget {
  return { limit, left: limit };
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** Compressed bytes per inflate step: DEFLATE expands at most ~1,032×, so one step adds ≤ ~1 MB. */
const SLICE = 1024;

/** The archive's parts by name (the central directory; nothing is inflated). */
export function listZip(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(bytes, view);
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff)
    throw new ZipFormatError('ZIP64 archives are not supported');
  if (offset + size > bytes.length) throw new ZipFormatError('the central directory lies outside the file');

  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder('utf-8');
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > offset + size || view.getUint32(at, true) !== CENTRAL_SIGNATURE)
      throw new ZipFormatError('a damaged central directory');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const declaredSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localHeaderOffset = view.getUint32(at + 42, true);
    if (at + 46 + nameLength > bytes.length) throw new ZipFormatError('a damaged central directory');
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (flags & 1) throw new ZipFormatError('the archive is encrypted');
    if (compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff)
      throw new ZipFormatError('ZIP64 archives are not supported');
    if (!entries.has(name))
      entries.set(name, { name, method, compressedSize, declaredSize, localHeaderOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** A part's bytes, charged to the budget; throws ZipBudgetError as soon as it would pass it. */
export function unzipEntry(bytes: Uint8Array, entry: ZipEntry, budget: UnpackBudget): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_SIGNATURE)
    throw new ZipFormatError(`a damaged part ${entry.name}`);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipFormatError(`the part ${entry.name} is cut short`);
  const data = bytes.subarray(start, end);

  if (entry.method === 0) {
    charge(budget, data.length);
    return data.slice();
  }
  if (entry.method !== 8) throw new ZipFormatError(`unsupported compression ${entry.method}`);

  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflate = new Inflate((chunk) => {
    total += chunk.length;
    charge(budget, chunk.length);
    chunks.push(chunk);
  });
  try {
    for (let at = 0; at < data.length; at += SLICE) inflate.push(data.subarray(at, at + SLICE), false);
    inflate.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof ZipBudgetError) throw error;
    throw new ZipFormatError(`the part ${entry.name} cannot be inflated: ${(error as Error).message}`);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function charge(budget: UnpackBudget, bytes: number): void {
  budget.left -= bytes;
  if (budget.left < 0) throw new ZipBudgetError(budget.limit);
}

function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  const last = bytes.length - EOCD_SIZE;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (view.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  throw new ZipFormatError('not a ZIP archive (no end of central directory)');
}
