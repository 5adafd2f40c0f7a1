import { describe, expect, it } from 'vitest';
import { chosenPost, postChoiceError, postLinkError, type PostChoice } from '../../../src/shared/post-choice';

const choice = (change: Partial<PostChoice>): PostChoice => ({
  postMode: 'link',
  postLink: '',
  pickedPost: null,
  ...change,
});

describe('postLinkError', () => {
  it('is silent for an empty field and a good link, speaks for a bad one', () => {
    expect(postLinkError('')).toBeUndefined();
    expect(postLinkError('https://vk.com/wall-1_2')).toBeUndefined();
    expect(postLinkError('https://vk.com/club1')).toMatch(/не ссылка на запись/);
  });
});

describe('chosenPost and postChoiceError', () => {
  it('takes the post from a parsed link', () => {
    const linked = choice({ postLink: 'https://vk.com/wall-12_34' });
    expect(chosenPost(linked)).toBe('-12_34');
    expect(postChoiceError(linked, 'Позже')).toBeUndefined();
  });

  it('asks for a link or the "later" option when the field is empty, and explains a bad link', () => {
    expect(postChoiceError(choice({}), 'Сначала подготовить анонс')).toBe(
      'Вставьте ссылку на запись или выберите «Сначала подготовить анонс».',
    );
    expect(postChoiceError(choice({ postLink: 'vk.com/club1' }), 'Позже')).toMatch(/не ссылка на запись/);
  });

  it('asks to pick a post, and takes the picked one', () => {
    expect(postChoiceError(choice({ postMode: 'pick' }), 'Позже')).toBe('Выберите запись из списка.');
    const picked = choice({ postMode: 'pick', pickedPost: '-1_2', postLink: 'garbage' });
    expect(chosenPost(picked)).toBe('-1_2');
    expect(postChoiceError(picked, 'Позже')).toBeUndefined();
  });

  it('needs no post for "later", whatever is left in the other fields', () => {
    const later = choice({ postMode: 'later', postLink: 'garbage' });
    expect(chosenPost(later)).toBeNull();
    expect(postChoiceError(later, 'Позже')).toBeUndefined();
  });
});
