// The giveaway screens' words: stage names, checklist lines, verification checks (Russian UI text).
import type {
  ConditionStatus,
  DrawCheck,
  DrawCheckKey,
  FunnelStep,
  PersonExclusion,
} from '../../core/giveaway';
import { dateParts } from '../../core/text/published-text';
import type { DrawProgress, GiveawayPhase } from '../../data/giveaway';
import { capitalize, formatInt, plural } from '../../shared/format';
import { progressPercent, progressText as stageProgressText } from '../../shared/progress';
import { byZone } from '../../shared/time-zone-words';

export const STAGE_NAMES: Record<DrawProgress['stage'], string> = {
  comments: 'Читаем комментарии',
  likes: 'Читаем лайки',
  reposts: 'Читаем репосты',
  members: 'Проверяем подписку',
  partners: 'Проверяем подписку на партнёров',
  managers: 'Читаем список руководителей сообщества',
  accounts: 'Проверяем аккаунты',
  saving: 'Сохраняем список участников',
  publishing: 'Публикуем итоги',
};

/** "Читаем лайки: 1 200 из 3 400" (or without the total while it is unknown). */
export function progressText(progress: DrawProgress): string {
  return stageProgressText({ ...progress, name: STAGE_NAMES[progress.stage] });
}

export { progressPercent };

export const PHASE_NAMES: Record<GiveawayPhase, string> = {
  draft: 'Черновик: ждёт запись',
  open: 'Идёт',
  due: 'Пора подводить итоги',
  publishing: 'Итоги публикуются',
  done: 'Итоги подведены',
};

const FRIENDS_GENITIVE = ['друга', 'друзей', 'друзей'] as const;

/** The checklist's test id key: one per condition, partners told apart by id. */
export function checkKey(status: ConditionStatus): string {
  return status.key === 'partner' ? `partner-${status.partnerId ?? 0}` : status.key;
}

/** One line of the viewer's checklist. */
export function checkLabel(status: ConditionStatus, partnerNames: ReadonlyMap<number, string>): string {
  switch (status.key) {
    case 'member':
      return 'Подписка на сообщество';
    case 'like':
      return 'Лайк записи с розыгрышем';
    case 'repost':
      return 'Репост записи с розыгрышем';
    case 'tags': {
      const need = status.need ?? 0;
      if (need === 0) return 'Комментарий к записи';
      return `Отмечено ${formatInt(status.have ?? 0)} из ${formatInt(need)} ${plural(need, FRIENDS_GENITIVE)} в комментариях`;
    }
    case 'partner': {
      const id = status.partnerId ?? 0;
      return `Подписка на «${partnerNames.get(id) ?? `vk.com/club${id}`}»`;
    }
  }
}

/** The button that helps to meet an unmet condition. */
export function fixLabel(status: ConditionStatus): string {
  switch (status.key) {
    case 'member':
    case 'partner':
      return 'Подписаться';
    case 'like':
      return 'Поставить лайк';
    case 'repost':
      return 'Сделать репост';
    case 'tags':
      return (status.need ?? 0) === 0 ? 'Написать комментарий' : 'Отметить друзей';
  }
}

export const EXCLUSION_TEXT = {
  community: 'Сообщество не участвует в своём розыгрыше.',
  manager: 'Руководители сообщества не участвуют в его розыгрышах.',
  inactive: 'Удалённые и заблокированные страницы не участвуют.',
  blacklist: 'Организатор исключил вашу страницу из розыгрыша.',
} as const;

export const CHECK_NAMES: Record<DrawCheckKey, string> = {
  commitment: 'Секрет совпадает с кодом честности',
  timing: 'Код честности опубликован с самого начала',
  'result-timing': 'Итоги подведены не раньше срока',
  'list-hash': 'Список участников не меняли после итогов',
  count: 'Число участников совпадает',
  winners: 'Победители и резерв пересчитаны верно',
};

/** One line of explanation per check: what was compared, so anyone can follow it. */
export const CHECK_EXPLAINED: Record<DrawCheckKey, string> = {
  commitment:
    'Секрет, открытый вместе с итогами, даёт ровно тот код честности, который сообщество опубликовало заранее: секрет не подменили.',
  timing:
    'Код честности появился не позже чем через 30 минут после записи с розыгрышем, когда участников ещё не было, и до времени розыгрыша: организатор не мог подобрать секрет под известный список.',
  'result-timing':
    'Итоги опубликованы не раньше назначенного времени розыгрыша: приём участников не закрыли раньше обещанного.',
  'list-hash':
    'Список участников из ответов к итогам даёт тот же зашифрованный отпечаток, что указан в итогах: в списке никого не добавили и не убрали.',
  count: 'В списке столько участников, сколько указано в итогах.',
  winners:
    'Из секрета, записи и списка по открытому алгоритму заново получены победители и резерв — они те же, что опубликованы.',
};

/** When a check fails: what did not match, in words (the core's technical detail stays folded). */
export const CHECK_FAILED: Record<DrawCheckKey, string> = {
  commitment:
    'Секрет из итогов не даёт код честности, опубликованный заранее: нельзя подтвердить, что секрет не подменили.',
  timing:
    'Код честности появился позже чем через 30 минут после записи с розыгрышем или после времени розыгрыша: организатор мог подобрать секрет под уже известных участников.',
  'result-timing':
    'Итоги опубликованы раньше назначенного времени розыгрыша: приём участников закрыли раньше обещанного.',
  'list-hash': 'Список участников из ответов к итогам не совпадает с отпечатком, указанным в итогах.',
  count: 'В опубликованном списке не столько участников, сколько указано в итогах.',
  winners: 'Из опубликованных секрета, записи и списка получаются не те победители и резерв, что в итогах.',
};

const CHECK_UNKNOWN =
  'Не хватило опубликованных данных: например, список участников прочитан не полностью или секрет записан с ошибкой.';

/** The line under a check: what it compared when it holds, what went wrong when it does not. */
export function checkExplanation(check: Pick<DrawCheck, 'key' | 'ok'>): string {
  if (check.ok === true) return CHECK_EXPLAINED[check.key];
  return check.ok === false ? CHECK_FAILED[check.key] : CHECK_UNKNOWN;
}

export function checkVerdict(ok: boolean | null): string {
  return ok === null ? 'не удалось проверить' : ok ? 'верно' : 'не сходится';
}

const DAYS = ['день', 'дня', 'дней'] as const;
const HOURS = ['час', 'часа', 'часов'] as const;
const MINUTES = ['минута', 'минуты', 'минут'] as const;
/** After «через» / «на» the accusative: «через 1 минуту»; days and hours keep their forms. */
const MINUTES_ACCUSATIVE = ['минуту', 'минуты', 'минут'] as const;

function spanText(seconds: number, minuteForms: readonly [string, string, string]): string {
  const days = Math.floor(seconds / 86_400);
  const hours = Math.floor((seconds % 86_400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const part = (n: number, forms: readonly [string, string, string]) => `${formatInt(n)} ${plural(n, forms)}`;
  if (days > 0) return hours > 0 ? `${part(days, DAYS)} ${part(hours, HOURS)}` : part(days, DAYS);
  if (hours > 0)
    return minutes > 0 ? `${part(hours, HOURS)} ${part(minutes, minuteForms)}` : part(hours, HOURS);
  return part(minutes, minuteForms);
}

/** "2 дня 5 часов", "3 часа 10 минут", "меньше минуты": the two largest units of a span. */
export function durationText(seconds: number): string {
  return seconds < 60 ? 'меньше минуты' : spanText(seconds, MINUTES);
}

/** «через 5 минут», «через 1 минуту», «меньше чем через минуту». */
function afterText(seconds: number): string {
  return seconds < 60 ? 'меньше чем через минуту' : `через ${spanText(seconds, MINUTES_ACCUSATIVE)}`;
}

/** What «Проверить честность» says about when things were published (see dateWords). */
export interface DateWordsInput {
  /** The giveaway post's own date. */
  announcedAt: number;
  /** The commitment comment's date. */
  committedAt: number;
  /** The post itself shows the code from its first version. */
  shownByPost: boolean;
  drawAt: number;
  /** The result comment's date; null before the result. */
  publishedAt: number | null;
}

/**
 * The dates the timing checks compare, in words, in the page's zone said the Russian way («по
 * московскому времени»): when the post and the code appeared, and the draw time against the result.
 */
export function dateWords(
  input: DateWordsInput,
  timeZone: string,
): { commitment: string; result: string | null } {
  const when = (unix: number) => dateParts(unix, timeZone).when;
  /** «По московскому времени: » — the zone once, as at that moment. */
  const zone = (unix: number) => capitalize(`${byZone(unix, timeZone)}: `);
  const post = `запись с розыгрышем опубликована ${when(input.announcedAt)}`;
  let commitment: string;
  if (input.shownByPost) {
    commitment = `${zone(input.announcedAt)}${post}, код честности — в её тексте с самого начала.`;
  } else {
    const gap = input.committedAt - input.announcedAt;
    commitment =
      `${zone(input.committedAt)}${post}, код честности — ${when(input.committedAt)}, ` +
      `${gap >= 0 ? `${afterText(gap)} после записи` : 'раньше записи'}.`;
  }
  let result: string | null = null;
  if (input.publishedAt !== null) {
    const early = input.drawAt - input.publishedAt;
    const shift =
      early <= 0
        ? ''
        : `, на ${early < 60 ? 'несколько секунд' : spanText(early, MINUTES_ACCUSATIVE)} раньше срока`;
    result =
      `${zone(Math.max(input.drawAt, input.publishedAt))}время розыгрыша — ${when(input.drawAt)}, ` +
      `итоги опубликованы ${when(input.publishedAt)}${shift}.`;
  }
  return { commitment, result };
}

/** "3f2a9c1b…e04d7a55": enough to compare by eye with the comment under the post. */
export function shortHash(hex: string): string {
  return hex.length <= 20 ? hex : `${hex.slice(0, 8)}…${hex.slice(-8)}`;
}

/** «В опубликованном списке 120, сегодня условиям отвечают 117: выбыли 5, добавились 2.» */
export function rebuildSummary(
  publishedCount: number,
  report: { todayCount: number; left: readonly number[]; joined: readonly number[] },
): string {
  return (
    `В опубликованном списке ${formatInt(publishedCount)}, сегодня условиям отвечают ` +
    `${formatInt(report.todayCount)}: выбыли ${formatInt(report.left.length)}, добавились ${formatInt(report.joined.length)}.`
  );
}

const PEOPLE = ['человек', 'человека', 'человек'] as const;

/** «1 человек», «3 человека», «12 человек». */
export function peopleText(n: number): string {
  return `${formatInt(n)} ${plural(n, PEOPLE)}`;
}

/**
 * One step of the funnel: what the people still in did (the first step without «и», the next ones
 * «и …», so the rows read as one sentence), and who dropped out there.
 */
export function funnelStepText(
  step: FunnelStep,
  first: boolean,
  partnerNames: ReadonlyMap<number, string>,
): { label: string; dropped: string } {
  const and = (text: string) => (first ? capitalize(text) : `и ${text}`);
  const failed = formatInt(step.failed);
  switch (step.key) {
    case 'like':
      return { label: and('поставили лайк'), dropped: `без лайка: ${failed}` };
    case 'repost':
      return { label: and('сделали репост'), dropped: `без репоста: ${failed}` };
    case 'comment':
      return { label: and('прокомментировали'), dropped: `без комментария: ${failed}` };
    case 'tags': {
      const need = step.need ?? 0;
      return {
        label: and(`отметили в комментариях ${formatInt(need)} ${plural(need, FRIENDS_GENITIVE)}`),
        dropped: `отметили меньше: ${failed}`,
      };
    }
    case 'member':
      return { label: and('подписаны на сообщество'), dropped: `не подписаны: ${failed}` };
    case 'partner': {
      const id = step.partnerId ?? 0;
      return {
        label: and(`подписаны на «${partnerNames.get(id) ?? `vk.com/club${id}`}»`),
        dropped: `не подписаны: ${failed}`,
      };
    }
  }
}

/** Why people who met every condition cannot win, for the funnel (the reasons with anyone). */
export const EXCLUDED_NAMES: Record<PersonExclusion, string> = {
  manager: 'руководители сообщества',
  inactive: 'удалённые и заблокированные страницы',
  blacklist: 'исключены вами',
};

/** «руководители сообщества: 1 · исключены вами: 2»: only the reasons that excluded someone. */
export function excludedText(excluded: Record<PersonExclusion, number>): string {
  return (Object.keys(EXCLUDED_NAMES) as PersonExclusion[])
    .filter((reason) => excluded[reason] > 0)
    .map((reason) => `${EXCLUDED_NAMES[reason]}: ${formatInt(excluded[reason])}`)
    .join(' · ');
}

/** VK's conversation with a user: the organiser writes to a winner from their own account. */
export function messageLink(userId: number): string {
  return `https://vk.com/im?sel=${userId}`;
}
