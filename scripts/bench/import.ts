// (i) Importing the regional list: a 5,000-row list (MAX_IMPORT_ROWS, the most a list may hold) as CSV
// and as XLSX, with name, link and category columns, read and analysed as the supervisor's preview does
// (previewImportFile); and two hostile spreadsheets that must be refused at once: a 1.5 KB file with a
// cell at XFD1048576 and a zip bomb whose sheet unpacks past the 20 MB budget. Each case runs in its
// own Node process (scripts/bench/import-case.ts), so its peak memory is its own.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import writeExcelFile from 'write-excel-file/universal';
import { MAX_IMPORT_ROWS } from '../../src/core/pages/import-list';
import type { ImportCaseResult } from './import-case';
import type { BenchContext, BenchSection, Figure } from './types';

const CATEGORIES = ['флагманский', 'активный', 'визитка'] as const;

/** The list as a region sends it: a header, then name, link and category of each page. */
function listRows(count: number): string[][] {
  const rows = [['Наименование учреждения', 'Ссылка на страницу', 'Категория']];
  for (let i = 1; i <= count; i++) {
    const link = i % 3 === 0 ? `https://vk.com/school_${i}` : `https://vk.com/club${219_000_000 + i}`;
    rows.push([`МБОУ «Средняя общеобразовательная школа № ${i}»`, link, CATEGORIES[i % 3] as string]);
  }
  return rows;
}

function csvOf(rows: string[][]): Uint8Array {
  return strToU8(
    `\uFEFF${rows.map((row) => row.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(';')).join('\r\n')}\r\n`,
  );
}

async function xlsxOf(rows: string[][]): Promise<Uint8Array> {
  const blob = await writeExcelFile(rows.map((row) => row.map((value) => ({ value })))).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A minimal .xlsx around the given <sheetData> content. */
function rawXlsx(sheetData: string): Uint8Array {
  return zipSync(
    {
      '_rels/.rels': strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
      'xl/workbook.xml': strToU8(
        `<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
      'xl/worksheets/sheet1.xml': strToU8(
        `<worksheet xmlns="${NS}"><dimension ref="A1:XFD1048576"/><sheetData>${sheetData}</sheetData></worksheet>`,
      ),
    },
    { level: 9 },
  );
}

const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

interface Case {
  key: string;
  label: string;
  file: string;
  bytes: Uint8Array;
}

function runCase(ctx: BenchContext, dir: string, c: Case): ImportCaseResult {
  const path = join(dir, c.file);
  writeFileSync(path, c.bytes);
  const tsx = join(ctx.root, 'node_modules', '.bin', 'tsx');
  const child = spawnSync(tsx, ['scripts/bench/import-case.ts', path, c.file], {
    cwd: ctx.root,
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --expose-gc`.trim() },
    timeout: 120_000,
  });
  if (child.status !== 0) throw new Error(`${c.key}: ${child.stderr || `exit ${child.status}`}`);
  return JSON.parse(child.stdout) as ImportCaseResult;
}

function figures(c: Case, r: ImportCaseResult): Figure[] {
  const key = `import.${c.key}`;
  const outcome = r.refused
    ? `refused: «${r.refused.slice(0, 60)}…»`
    : `${r.rows} rows read, ${r.ok} pages ok`;
  return [
    { key: `${key}.fileBytes`, label: `${c.label}: file size`, value: c.bytes.length, unit: 'bytes' },
    { key: `${key}.firstMs`, label: `${c.label}: first import`, value: r.firstMs, unit: 'ms', note: outcome },
    { key: `${key}.medianMs`, label: `${c.label}: median of 5 more`, value: r.medianMs, unit: 'ms' },
    {
      key: `${key}.peakRssGrowth`,
      label: `${c.label}: peak memory (RSS growth)`,
      value: r.peakRssGrowth,
      unit: 'bytes',
    },
    { key: `${key}.heapRetained`, label: `${c.label}: JS heap kept`, value: r.heapRetained, unit: 'bytes' },
  ];
}

export const importList: BenchSection = {
  id: 'import',
  title: `Import of the regional list: ${MAX_IMPORT_ROWS.toLocaleString('en')} rows, and hostile spreadsheets (own Node process each)`,
  async run(ctx) {
    const rows = listRows(MAX_IMPORT_ROWS);
    const cases: Case[] = [
      { key: 'csv5000', label: `${MAX_IMPORT_ROWS}-row CSV`, file: 'list.csv', bytes: csvOf(rows) },
      { key: 'xlsx5000', label: `${MAX_IMPORT_ROWS}-row XLSX`, file: 'list.xlsx', bytes: await xlsxOf(rows) },
      {
        key: 'xfd',
        label: 'XLSX with a cell at XFD1048576',
        file: 'xfd.xlsx',
        bytes: rawXlsx(
          `<row r="1">${cell('A1', 'club1')}</row><row r="1048576">${cell('XFD1048576', 'x')}</row>`,
        ),
      },
      {
        key: 'bomb',
        label: 'XLSX zip bomb (30 MB sheet)',
        file: 'bomb.xlsx',
        bytes: rawXlsx(`<row r="1">${cell('A1', 'club1')}</row>${' '.repeat(30 * 1024 * 1024)}`),
      },
    ];
    const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
    const out: Figure[] = [];
    const json: Record<string, ImportCaseResult> = {};
    try {
      for (const c of cases) {
        ctx.log(`  ${c.label}…`);
        const result = runCase(ctx, dir, c);
        json[c.key] = result;
        out.push(...figures(c, result));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return {
      figures: out,
      notes: [
        'each case: a fresh `tsx` process reads the file, runs previewImportFile once (cold: time and peak RSS ' +
          'growth from process.resourceUsage().maxRSS), then five more times (median); heap kept after a gc',
      ],
      json: { import: json },
    };
  },
};
