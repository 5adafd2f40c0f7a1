import { describe, expect, it } from 'vitest';
import { checkForm, emptyForm, type GiveawayForm } from '../../../../src/features/giveaways/form';

const NOW = Date.parse('2026-11-18T15:00:00+03:00') / 1000;
const context = { now: NOW, timeZone: 'Europe/Moscow' };

function form(change: Partial<GiveawayForm> = {}): GiveawayForm {
  return {
    ...emptyForm('2026-11-25T12:00'),
    prize: 'Билеты в музей',
    postLink: 'https://vk.com/wall-219000001_42',
    ...change,
  };
}

describe('checkForm', () => {
  it('turns a valid form into a draft: defaults, the post, the draw time in the page zone', () => {
    const checked = checkForm(form({ blacklist: 'vk.com/id5\n7' }), context);
    expect(checked).toEqual({
      ok: true,
      draft: {
        prize: 'Билеты в музей',
        drawAt: Date.parse('2026-11-25T12:00:00+03:00') / 1000,
        winners: 1,
        reserves: 1,
        conditions: { member: true, like: false, repost: false, minTags: null, partners: [] },
        blacklist: [5, 7],
        postRef: '-219000001_42',
      },
      partnerRefs: [],
    });
  });

  it('has subscription on by default and three friends to tag once the comment is chosen', () => {
    const fresh = emptyForm('2026-11-25T12:00');
    expect(fresh.member).toBe(true);
    expect(fresh.minTags).toBe('3');
    expect(checkForm(form({ comment: true }), context)).toMatchObject({
      ok: true,
      draft: { conditions: { minTags: 3 } },
    });
  });

  it('names every field that is wrong', () => {
    const checked = checkForm(
      form({
        prize: '   ',
        postLink: 'https://vk.com/durov',
        member: false,
        winners: '0',
        reserves: '-1',
        drawAt: '2026-11-18T14:00',
        blacklist: 'vk.com/durov',
      }),
      context,
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.errors).sort()).toEqual(
      ['blacklist', 'conditions', 'drawAt', 'post', 'prize', 'reserves', 'winners'].sort(),
    );
    expect(checked.errors.drawAt).toMatch(/уже прошло/);
    expect(checked.errors.post).toMatch(/не ссылка на запись/);
    expect(checked.errors.blacklist).toContain('vk.com/durov');
  });

  it('lets the post wait when the announcement comes first, but requires a pick in pick mode', () => {
    expect(checkForm(form({ postMode: 'later', postLink: '' }), context)).toMatchObject({
      ok: true,
      draft: { postRef: null },
    });
    expect(checkForm(form({ postMode: 'pick' }), context)).toEqual({
      ok: false,
      errors: { post: 'Выберите запись из списка.' },
    });
    expect(checkForm(form({ postMode: 'pick', pickedPost: '-219000001_7' }), context)).toMatchObject({
      ok: true,
      draft: { postRef: '-219000001_7' },
    });
  });

  it('asks for a link when the link field is empty', () => {
    expect(checkForm(form({ postLink: '' }), context)).toEqual({
      ok: false,
      errors: { post: expect.stringMatching(/Вставьте ссылку/) },
    });
  });

  it('hands partner pages over for resolving and rejects personal pages', () => {
    const ok = checkForm(form({ partners: 'vk.com/club5, lesnogorsk_museum' }), context);
    expect(ok).toMatchObject({ ok: true, draft: { conditions: { partners: [] } } });
    expect(ok.ok ? ok.partnerRefs.map((p) => p.ref) : ok.errors).toEqual([
      { kind: 'group', id: 5 },
      { kind: 'screen', name: 'lesnogorsk_museum' },
    ]);
    expect(checkForm(form({ partners: 'vk.com/id5' }), context)).toEqual({
      ok: false,
      errors: { partners: expect.stringMatching(/^Не сообщество: «vk\.com\/id5»: .*личную страницу/) },
    });
  });

  it('counts partners as a condition on their own', () => {
    const checked = checkForm(form({ member: false, partners: 'club5' }), context);
    expect(checked).toMatchObject({ ok: true, draft: { conditions: { member: false } } });
    expect(checkForm(form({ member: false }), context)).toEqual({
      ok: false,
      errors: { conditions: 'Выберите хотя бы одно условие участия.' },
    });
  });

  it('checks the number of friends to tag: a whole number from 0 to 20', () => {
    for (const minTags of ['три', '-1', '1.5', '21', '100', '', '1e1']) {
      expect(checkForm(form({ comment: true, minTags }), context), JSON.stringify(minTags)).toEqual({
        ok: false,
        errors: { minTags: 'Целое число от 0 до 20.' },
      });
    }
    for (const [typed, value] of [
      ['0', 0],
      ['1', 1],
      ['20', 20],
      [' 7 ', 7],
    ] as const) {
      expect(checkForm(form({ comment: true, minTags: typed }), context), typed).toMatchObject({
        ok: true,
        draft: { conditions: { minTags: value } },
      });
    }
    // Without the comment condition the field is not read at all.
    expect(checkForm(form({ comment: false, minTags: 'три' }), context)).toMatchObject({
      ok: true,
      draft: { conditions: { minTags: null } },
    });
  });

  it('limits the prize to 200 characters', () => {
    expect(checkForm(form({ prize: 'я'.repeat(201) }), context)).toEqual({
      ok: false,
      errors: { prize: 'Не длиннее 200 символов: сейчас 201.' },
    });
    expect(checkForm(form({ prize: 'я'.repeat(200) }), context)).toMatchObject({
      ok: true,
      draft: { prize: 'я'.repeat(200) },
    });
  });
});
