// The create form's values and their validation: pure, so every message is tested without a screen.
// Partner pages still need VK to resolve screen names; the form only checks what can be checked
// offline and hands the references over.
import type { GiveawayConditions } from '../../core/giveaway';
import { splitPastedRefs, type CommunityRef } from '../../core/pages/page-ref';
import type { GiveawayDraft } from '../../data/giveaway';
import { parseBlacklist } from './blacklist';
import { localInputToUnix } from '../../shared/local-time';
import { chosenPost, postChoiceError, type PostChoice } from '../../shared/post-choice';

export interface GiveawayForm extends PostChoice {
  prize: string;
  member: boolean;
  like: boolean;
  repost: boolean;
  comment: boolean;
  /** As typed: a whole number of friends to tag. */
  minTags: string;
  partners: string;
  blacklist: string;
  winners: string;
  reserves: string;
  /** datetime-local value, read in the page's time zone. */
  drawAt: string;
}

export type FormField =
  'prize' | 'post' | 'conditions' | 'minTags' | 'partners' | 'blacklist' | 'winners' | 'reserves' | 'drawAt';

export type FormErrors = Partial<Record<FormField, string>>;

export const PRIZE_MAX = 200;
export const WINNERS_MAX = 100;
export const RESERVES_MAX = 100;
export const TAGS_MAX = 20;
export const PARTNERS_MAX = 10;

export function emptyForm(defaultDrawAt: string): GiveawayForm {
  return {
    prize: '',
    postMode: 'link',
    postLink: '',
    pickedPost: null,
    member: true,
    like: false,
    repost: false,
    comment: false,
    minTags: '3',
    partners: '',
    blacklist: '',
    winners: '1',
    reserves: '1',
    drawAt: defaultDrawAt,
  };
}

export type FormCheck =
  | { ok: true; draft: GiveawayDraft; partnerRefs: { raw: string; ref: CommunityRef }[] }
  | { ok: false; errors: FormErrors };

/**
 * Checks the form against the rules the data layer enforces too (so the admin sees them before
 * saving): a prize, a post or "later", at least one condition, counts, a draw time in the future.
 * `partners` in the draft is empty: the caller resolves `partnerRefs` with VK.
 */
export function checkForm(form: GiveawayForm, context: { now: number; timeZone: string }): FormCheck {
  const errors: FormErrors = {};
  const prize = form.prize.trim();
  if (prize === '') errors.prize = 'Напишите, что разыгрываете.';
  else if (prize.length > PRIZE_MAX)
    errors.prize = `Не длиннее ${PRIZE_MAX} символов: сейчас ${prize.length}.`;

  const postRef = chosenPost(form);
  const postError = postChoiceError(form, 'Сначала подготовить анонс');
  if (postError) errors.post = postError;

  let minTags: number | null = null;
  if (form.comment) {
    const parsed = wholeNumber(form.minTags);
    if (parsed === null || parsed > TAGS_MAX) errors.minTags = `Целое число от 0 до ${TAGS_MAX}.`;
    else minTags = parsed;
  }

  const pasted = splitPastedRefs(form.partners);
  const partnerRefs: { raw: string; ref: CommunityRef }[] = [];
  const badPartners: string[] = [];
  for (const { raw, ref } of pasted) {
    if (ref.kind === 'group' || ref.kind === 'screen') partnerRefs.push({ raw, ref });
    else badPartners.push(`«${raw}»: ${ref.reason.toLowerCase()}`);
  }
  if (badPartners.length > 0) errors.partners = `Не сообщество: ${badPartners.join('; ')}.`;
  else if (partnerRefs.length > PARTNERS_MAX) errors.partners = `Не больше ${PARTNERS_MAX} партнёров.`;

  const anyCondition = form.member || form.like || form.repost || form.comment || partnerRefs.length > 0;
  if (!anyCondition) errors.conditions = 'Выберите хотя бы одно условие участия.';

  const blacklist = parseBlacklist(form.blacklist);
  if (blacklist.invalid.length > 0) {
    errors.blacklist = `Не похоже на страницу человека: ${blacklist.invalid.slice(0, 3).join(', ')}${
      blacklist.invalid.length > 3 ? '…' : ''
    }. Нужны номера или ссылки вида vk.com/id123.`;
  }

  const winners = wholeNumber(form.winners);
  if (winners === null || winners < 1 || winners > WINNERS_MAX)
    errors.winners = `От 1 до ${WINNERS_MAX} победителей.`;
  const reserves = wholeNumber(form.reserves);
  if (reserves === null || reserves > RESERVES_MAX) errors.reserves = `От 0 до ${RESERVES_MAX} в резерве.`;

  const drawAt = localInputToUnix(form.drawAt, context.timeZone);
  if (drawAt === null) errors.drawAt = 'Укажите дату и время розыгрыша.';
  else if (drawAt <= context.now) errors.drawAt = 'Время розыгрыша уже прошло: выберите время в будущем.';

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const conditions: GiveawayConditions = {
    member: form.member,
    like: form.like,
    repost: form.repost,
    minTags,
    partners: [],
  };
  return {
    ok: true,
    draft: {
      prize,
      drawAt: drawAt!,
      winners: winners!,
      reserves: reserves!,
      conditions,
      blacklist: blacklist.ids,
      postRef,
    },
    partnerRefs,
  };
}

function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,6}$/.test(trimmed)) return null;
  return Number(trimmed);
}
