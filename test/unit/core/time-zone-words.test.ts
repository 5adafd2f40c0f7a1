import { describe, expect, it } from 'vitest';
import { byZone, zoneName } from '../../../src/core/time-zone-words';

const NOW = Date.parse('2026-11-18T12:00:00Z') / 1000;

describe('the page’s time zone in words', () => {
  it('says Moscow time for Moscow and any zone that keeps it', () => {
    expect(zoneName(NOW, 'Europe/Moscow')).toBe('московское время');
    expect(zoneName(NOW, 'Europe/Simferopol')).toBe('московское время');
    expect(byZone(NOW, 'Europe/Moscow')).toBe('по московскому времени');
  });

  it('counts other zones from Moscow, as Russian timetables do', () => {
    expect(zoneName(NOW, 'Asia/Yekaterinburg')).toBe('время МСК+2');
    expect(zoneName(NOW, 'Europe/Kaliningrad')).toBe('время МСК−1');
    expect(byZone(NOW, 'Asia/Vladivostok')).toBe('по времени МСК+7');
    expect(zoneName(NOW, 'Asia/Kolkata')).toBe('время МСК+2:30');
  });

  it('never shows UTC offsets or zone ids', () => {
    for (const zone of ['Europe/Moscow', 'Asia/Omsk', 'UTC']) {
      expect(zoneName(NOW, zone)).not.toMatch(/UTC|\//);
      expect(byZone(NOW, zone)).not.toMatch(/UTC|\//);
    }
  });
});
