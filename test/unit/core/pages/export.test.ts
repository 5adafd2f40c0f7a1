import { describe, expect, it } from 'vitest';

import {
  csvCell,
  EXPORT_HEADER,
  exportRows,
  neutralizeFormula,
  toCsv,
} from '../../../../src/core/pages/export';
import { reasonsLine } from '../../../../src/shared/verdict-text';
import { computeMonitoringEr } from '../../../../src/core/monitoring';
import type { ErResult } from '../../../../src/core/er';
import {
  summarizeChildren,
  withMonitoringEr,
  type SupervisorRow,
} from '../../../../src/core/pages/supervisor-table';
import { child, EXAMPLE_ROWS, unavailable, WORKED_REPLIES } from './children';

/** The monitoring-grade ER of a sample whose community wrote `removed` of its comments. */
function monitoringOf(er: ErResult, kept: number) {
  const [first] = er.posts;
  if (!first) throw new Error('empty sample');
  const ref = `${first.ownerId}_${first.id}`;
  const likers = Array.from({ length: kept }, (_, i) => i + 1);
  const commenters = Array.from({ length: er.reactions - kept }, () => first.ownerId);
  return computeMonitoringEr(er, {
    groupId: -first.ownerId,
    audiences: new Map([[ref, { ref, likers, reposters: [], commenters, complete: true }]]),
    inactive: [],
    managers: null,
  });
}

const META = {
  title: 'Управление образования',
  month: '2024-11',
  updatedAt: '30 ноября 2024, 12:00',
  reasonsLine,
};

describe('exportRows', () => {
  const rows = [
    ...EXAMPLE_ROWS,
    child({
      id: 9,
      name: 'Без обложки',
      weeks: [3, 3, 3, 3],
      er: { reactions: 3, views: 100 },
      noCover: true,
    }),
    unavailable(5, 'Удалённая школа', 'deleted'),
  ];
  const table = exportRows(rows, summarizeChildren(rows), META);

  it('has the Russian header', () => {
    expect(table.header).toEqual(EXPORT_HEADER);
    expect(table.rows.every((row) => row.length === EXPORT_HEADER.length)).toBe(true);
  });

  it('writes a page that met the month', () => {
    expect(table.rows[0]).toEqual([
      'Министерство',
      'https://vk.com/page101',
      'Активный',
      21.9,
      100,
      10,
      3,
      5,
      8,
      'да',
      'выполнены',
      100,
      'Доступна',
      null,
      'полные',
      'Выполняет',
      null,
      // «Ждут ответа», «Медиана ответа, мин»: the replies were not read.
      null,
      null,
    ]);
  });

  it('writes the verdict in the words of the screen and what is wrong', () => {
    const statusAt = EXPORT_HEADER.indexOf('Статус');
    expect(EXPORT_HEADER[statusAt + 1]).toBe('Что не так');
    // Учреждение 2 posted nothing in periods 1, 2 and 4; ER 10 ÷ 560 = 1,79\u00a0% of 3\u00a0%.
    expect(table.rows[2]?.slice(statusAt, statusAt + 2)).toEqual([
      'Не выполняет',
      '1-й период: 0 из 3 · 2-й период: 0 из 3 · 4-й период: 0 из 3 · вовлечённость (ER) 1,79\u00a0% из 3,00\u00a0%',
    ]);
    // Без обложки met every period and its ER, and fails on the cover alone.
    expect(table.rows[4]?.slice(statusAt, statusAt + 2)).toEqual(['Не выполняет', 'Нет обложки']);
  });

  it('adds the monitoring-grade ER and the completeness flags of a refined row', () => {
    const base = child({
      id: 7,
      name: 'Уточнённая',
      weeks: [3, 3, 3, 3],
      er: { reactions: 30, views: 1000 },
    });
    if (base.state !== 'ok') throw new Error('expected an available row');
    const refined = withMonitoringEr(
      { ...base, flags: [{ kind: 'reach-estimated', reason: 'no-rights' }] },
      { ...monitoringOf(base.scorecard.er, 20), complete: false },
    );
    const [line] = exportRows([refined], summarizeChildren([refined]), META).rows;
    // 20 ÷ 1,000 = 2\u00a0%: the rating and the verdict count it.
    const monitoringAt = EXPORT_HEADER.indexOf('ER по методике мониторинга %');
    expect(line?.slice(monitoringAt, monitoringAt + 4)).toEqual([
      2,
      'охват — оценка; списки реакций неполные',
      'Не выполняет',
      'Вовлечённость (ER) 2,00\u00a0% из 3,00\u00a0%',
    ]);
  });

  it('marks a period out of the export and missing requirements', () => {
    expect(table.rows[3]?.slice(5, 10)).toEqual([3, 4, 'н/д', 5, 'нет']);
    expect(table.rows[4]?.[10]).toBe('нет: обложка');
  });

  it('writes an unavailable page with its reason and no numbers', () => {
    expect(table.rows[5]).toEqual([
      'Удалённая школа',
      'https://vk.com/club5',
      'Активный',
      ...Array.from({ length: 9 }, () => null),
      'Сообщество удалено',
      null,
      'сообщество удалено',
      'Не выполняет',
      'Сообщество удалено',
      null,
      null,
    ]);
  });

  it('puts the summary in the methodology words on top', () => {
    expect(table.summaryLines).toEqual([
      ['Управление образования'],
      ['Месяц', '2024-11'],
      ['Данные обновлены', '30 ноября 2024, 12:00'],
      ['Количество групп для оценки — 6. Выполнили показатель — 2. Степень выполнения — 33,33%'],
      ['ER по всем страницам (Σ реакций ÷ Σ просмотров)', '2,33%'],
      ['Выполнение ER', '77,67%'],
      // 0.5 × 33.33 + 0.3 × 77.67 + 0.2 × 100 − 5 × (1 missing ÷ 5 pages) = 58.97.
      ['Сводный рейтинг', '58,97%'],
      ['Страниц в списке', '6'],
      ['Выполняют', '1'],
      ['В зоне риска', '0'],
      ['Не выполняют', '5'],
      ['Нет данных', '0'],
      ['Недоступны', '1'],
      ['С неполными данными', '1'],
    ]);
  });
});

describe('the replies columns', () => {
  const [ministry, first] = EXAMPLE_ROWS as [SupervisorRow, SupervisorRow];
  const figures = WORKED_REPLIES;
  const rows: SupervisorRow[] = [
    { ...ministry, replies: figures },
    // Comments, none answered: no median.
    { ...first, replies: { ...figures, unanswered: 3, medianReplyMinutes: null } },
    unavailable(5, 'Удалённая школа', 'deleted'),
  ];
  const table = exportRows(rows, summarizeChildren(rows), META);

  it('are the last two, after every column the export had before', () => {
    expect(EXPORT_HEADER.slice(-2)).toEqual(['Ждут ответа', 'Медиана ответа, мин']);
    expect(EXPORT_HEADER.slice(0, 3)).toEqual(['Наименование', 'Ссылка', 'Категория']);
    expect(EXPORT_HEADER.indexOf('Что не так')).toBe(EXPORT_HEADER.length - 3);
  });

  it('hold the waiting count and the median in minutes, empty where unknown', () => {
    expect(table.rows.map((row) => row.slice(-2))).toEqual([
      [2, 38],
      [3, null],
      [null, null],
    ]);
    expect(toCsv(table)).toContain(';Выполняет;;2;38\r\n');
  });

  it('say above the table for how many pages they were read, and that managers count as subscribers', () => {
    expect(table.summaryLines.at(-1)).toEqual([
      'Ответы подписчикам',
      'прочитаны у 2 из 3 страниц; комментарии администраторов страниц считаются комментариями подписчиков',
    ]);
    const known = exportRows(
      [{ ...ministry, replies: { ...figures, managersKnown: true } }],
      summarizeChildren([ministry]),
      META,
    );
    expect(known.summaryLines.at(-1)).toEqual(['Ответы подписчикам', 'прочитаны у 1 из 1 страниц']);
  });
});

describe('toCsv', () => {
  it('writes UTF-8 with BOM, `;`, CRLF and the summary above the table', () => {
    const csv = toCsv({
      header: ['Наименование', 'ER %'],
      rows: [
        ['Школа', 2.33],
        ['Сад', null],
      ],
      summaryLines: [['Итог', '25%']],
    });
    expect(csv).toBe('\uFEFFИтог;25%\r\n\r\nНаименование;ER %\r\nШкола;2,33\r\nСад;\r\n');
  });

  it.each([
    ['Школа', 'Школа'],
    ['Школа "Радуга"', '"Школа ""Радуга"""'],
    ['a;b', '"a;b"'],
    ['две\nстроки', '"две\nстроки"'],
    ['=HYPERLINK("http://evil")', `"'=HYPERLINK(""http://evil"")"`],
    ['+7 900', "'+7 900"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    [-1.5, '-1,5'],
    [100, '100'],
    [null, ''],
    [Number.NaN, ''],
  ])('%j → %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('leaves ordinary text alone', () => {
    expect(neutralizeFormula('Школа = знания')).toBe('Школа = знания');
  });
});
