import { describe, expect, it } from 'vitest';
import { datesAhead } from '../../../../src/core/plan';

const dated = (list: ReturnType<typeof datesAhead>) => list.map((d) => `${d.date} ${d.id}`);

describe('datesAhead', () => {
  it('computes the last Sunday of November (День матери) for the year', () => {
    // 30 Nov 2025 is a Sunday; 30 Nov 2024 a Saturday (→ the 24th); 30 Nov 2026 a Monday (→ the 29th).
    expect(dated(datesAhead('authority', '2025-11-24', 7))).toEqual(['2025-11-30 mothers-day']);
    expect(dated(datesAhead('authority', '2024-11-18', 14))).toEqual(['2024-11-24 mothers-day']);
    expect(dated(datesAhead('authority', '2026-11-23', 7))).toEqual(['2026-11-29 mothers-day']);
  });

  it('computes the n-th weekday: День отца, медицинского работника, физкультурника in 2025', () => {
    // 1 Oct 2025 is a Wednesday: Sundays 5, 12, 19. 1 Jun is a Sunday: 1, 8, 15. 1 Aug a Friday: Saturdays 2, 9.
    expect(dated(datesAhead('social', '2025-10-13', 7))).toEqual(['2025-10-19 fathers-day']);
    expect(dated(datesAhead('health', '2025-06-15', 1))).toEqual(['2025-06-15 medical-workers-day']);
    expect(dated(datesAhead('sport', '2025-08-04', 7))).toEqual(['2025-08-09 physical-culture-day']);
  });

  it('crosses New Year: `from` and the 13 days after it', () => {
    expect(dated(datesAhead('education', '2025-12-25', 14))).toEqual([
      '2026-01-01 new-year',
      '2026-01-07 christmas',
    ]);
    expect(dated(datesAhead('education', '2025-12-25', 13))).toEqual(['2026-01-01 new-year']);
  });

  it("keeps each sphere's own dates", () => {
    expect(dated(datesAhead('social', '2025-12-01', 14))).toEqual([
      '2025-12-03 disability-day',
      '2025-12-05 volunteer-day',
      '2025-12-09 heroes-day',
      '2025-12-12 constitution-day',
    ]);
    expect(dated(datesAhead('health', '2025-12-01', 3))).toEqual([
      '2025-12-01 aids-day',
      '2025-12-03 disability-day',
    ]);
    expect(dated(datesAhead('education', '2025-10-05', 1))).toEqual(['2025-10-05 teachers-day']);
    expect(datesAhead('health', '2025-10-05', 1)).toEqual([]);
    expect(dated(datesAhead('culture', '2026-05-27', 1))).toEqual(['2026-05-27 libraries-day']);
  });

  it('orders dates of one day as the table does, each with a draft', () => {
    const october = datesAhead('culture', '2025-09-28', 7);
    expect(dated(october)).toEqual(['2025-10-01 older-persons-day', '2025-10-01 music-day']);
    expect(october[0]?.draft.startsWith('1 октября — Международный день пожилых людей. [')).toBe(true);
  });

  it('is empty for no days and refuses a malformed range', () => {
    expect(datesAhead('mfc', '2025-06-12', 0)).toEqual([]);
    expect(() => datesAhead('mfc', 'June', 7)).toThrow(RangeError);
    expect(() => datesAhead('mfc', '2025-06-12', -1)).toThrow(RangeError);
  });
});
