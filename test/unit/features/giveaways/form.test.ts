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
    const checked = checkForm(form({ comment: true }), context);
    expect(checked.ok && checked.draft.conditions.minTags).toBe(3);
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
    const later = checkForm(form({ postMode: 'later', postLink: '' }), context);
    expect(later.ok && later.draft.postRef).toBeNull();
    const pick = checkForm(form({ postMode: 'pick' }), context);
    expect(!pick.ok && pick.errors.post).toBe('Выберите запись из списка.');
    const picked = checkForm(form({ postMode: 'pick', pickedPost: '-219000001_7' }), context);
    expect(picked.ok && picked.draft.postRef).toBe('-219000001_7');
  });

  it('asks for a link when the link field is empty', () => {
    const checked = checkForm(form({ postLink: '' }), context);
    expect(!checked.ok && checked.errors.post).toMatch(/Вставьте ссылку/);
  });

  it('hands partner pages over for resolving and rejects personal pages', () => {
    const ok = checkForm(form({ partners: 'vk.com/club5, lesnogorsk_museum' }), context);
    expect(ok.ok && ok.partnerRefs.map((p) => p.ref)).toEqual([
      { kind: 'group', id: 5 },
      { kind: 'screen', name: 'lesnogorsk_museum' },
    ]);
    const bad = checkForm(form({ partners: 'vk.com/id5' }), context);
    expect(!bad.ok && bad.errors.partners).toMatch(/личную страницу/);
  });

  it('counts partners as a condition on their own', () => {
    const checked = checkForm(form({ member: false, partners: 'club5' }), context);
    expect(checked.ok).toBe(true);
  });

  it('checks the number of friends to tag', () => {
    const bad = checkForm(form({ comment: true, minTags: 'три' }), context);
    expect(!bad.ok && bad.errors.minTags).toBeDefined();
    const any = checkForm(form({ comment: true, minTags: '0' }), context);
    expect(any.ok && any.draft.conditions.minTags).toBe(0);
  });

  it('limits the prize to 200 characters', () => {
    const checked = checkForm(form({ prize: 'я'.repeat(201) }), context);
    expect(!checked.ok && checked.errors.prize).toMatch(/200/);
  });
});
