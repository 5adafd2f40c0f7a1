import { describe, expect, it } from 'vitest';
import {
  guessInstitutionType,
  INSTITUTION_TYPES,
  INSTITUTIONS,
  isInstitutionType,
  recommendedPlaces,
  totalPlaces,
  type InstitutionType,
} from '../../../../src/core/posters';

describe('recommendedPlaces', () => {
  // METHODOLOGY, "QR codes in buildings".
  const expected: Record<InstitutionType, number> = {
    authority: 5,
    education: 5,
    youth: 5,
    social: 5,
    mfc: 5,
    culture: 8,
    sport: 8,
    health: 10,
    settlement: 1,
  };
  it.each(Object.entries(expected))('%s: %i', (type, places) => {
    expect(recommendedPlaces(type as InstitutionType)).toBe(places);
  });

  it('covers every type, each with at least one place to hang and no duplicates', () => {
    expect([...INSTITUTION_TYPES].sort()).toEqual(Object.keys(expected).sort());
    for (const type of INSTITUTION_TYPES) {
      const where = INSTITUTIONS[type].where;
      expect(where.length).toBeGreaterThan(0);
      expect(new Set(where).size).toBe(where.length);
    }
  });

  it('recognises its own type names only', () => {
    expect(isInstitutionType('health')).toBe(true);
    expect(isInstitutionType('hospital')).toBe(false);
  });
});

describe('totalPlaces', () => {
  it('sums each page by its guessed type', () => {
    // School 5 + house of culture 8 + hospital 10 + rural settlement 1.
    const pages = [
      { name: 'МБОУ «СОШ № 1»', activity: null },
      { name: 'МБУК «Дом культуры "Юбилейный"»', activity: null },
      { name: 'ГБУЗ «Лесногорская районная больница»', activity: null },
      { name: 'Администрация Сосновского сельского поселения', activity: null },
    ];
    expect(totalPlaces(pages)).toBe(24);
    expect(totalPlaces([])).toBe(0);
  });
});

describe('guessInstitutionType from the name', () => {
  it.each<[string, InstitutionType]>([
    ['МБОУ «СОШ № 1»', 'education'],
    ['МБОУ «Гимназия № 3»', 'education'],
    ['МБДОУ «Детский сад № 5 "Солнышко"»', 'education'],
    ['ГБПОУ «Лесногорский аграрный колледж»', 'education'],
    ['МБУ ДО «Центр детского творчества»', 'education'],
    ['МБУК «Централизованная библиотечная система»', 'culture'],
    ['Дом культуры «Юбилейный»', 'culture'],
    ['МБУК «Дом культуры п. Озёрный»', 'culture'],
    ['МБУК «Лесногорский краеведческий музей»', 'culture'],
    ['МБУ ДО «Детская школа искусств»', 'culture'],
    ['Сельский дом культуры с. Сосновка', 'culture'],
    ['ГБУЗ «Лесногорская центральная районная больница»', 'health'],
    ['ГАУЗ «Городская поликлиника № 2»', 'health'],
    ['Сосновский ФАП', 'health'],
    ['МАУ «Многофункциональный центр Лесногорского муниципального округа»', 'mfc'],
    ['МФЦ Лесногорск', 'mfc'],
    ['ГБУ СО «КЦСОН Лесногорского района»', 'social'],
    ['Комплексный центр социального обслуживания населения', 'social'],
    ['Администрация Сосновского сельского поселения', 'settlement'],
    ['Сосновское сельское поселение', 'settlement'],
    ['Администрация Лесногорского муниципального округа', 'authority'],
    ['Совет депутатов Лесногорского муниципального округа', 'authority'],
    ['Управление образования Лесногорского муниципального округа', 'authority'],
    ['Комитет по физической культуре и спорту', 'authority'],
    ['МКУ «Управление по делам ГО и ЧС»', 'authority'],
    ['Контрольно-счётная палата Лесногорского муниципального округа', 'authority'],
    ['МБУ ДО «Спортивная школа "Олимп"»', 'sport'],
    ['ДЮСШ г. Лесногорска', 'sport'],
    ['МБУ «Молодёжный центр "Импульс"»', 'youth'],
    ['Дом молодёжи', 'youth'],
  ])('%s → %s', (name, type) => {
    expect(guessInstitutionType(name, null)).toEqual({ type, basis: 'name' });
  });
});

describe('guessInstitutionType from VK activity', () => {
  it('uses the theme when the name says nothing', () => {
    expect(guessInstitutionType('Солнышко', 'Дошкольное образование')).toEqual({
      type: 'education',
      basis: 'activity',
    });
    expect(guessInstitutionType('Олимп', 'Спорт')).toEqual({ type: 'sport', basis: 'activity' });
    expect(guessInstitutionType('Импульс', 'Молодёжная политика')).toEqual({
      type: 'youth',
      basis: 'activity',
    });
    expect(guessInstitutionType('Юбилейный', 'Культура')).toEqual({ type: 'culture', basis: 'activity' });
    expect(guessInstitutionType('Здоровье района', 'Медицина')).toEqual({
      type: 'health',
      basis: 'activity',
    });
  });

  it('prefers the name to the theme', () => {
    expect(guessInstitutionType('МБОУ «СОШ № 1»', 'Культура')).toEqual({ type: 'education', basis: 'name' });
  });

  it('falls back to an authority, saying so', () => {
    expect(guessInstitutionType('Лесногорск сегодня', 'Открытая группа')).toEqual({
      type: 'authority',
      basis: 'default',
    });
    expect(guessInstitutionType('', null)).toEqual({ type: 'authority', basis: 'default' });
  });
});
