import type { RequirementId } from '../../core/options';
import { REQUIREMENT_WORDS } from '../../core/requirements';
import { capitalize } from '../../shared/format';

/** What to do about each checklist item, and how an admin fixes it, in VK's own menu words. */
const HOW_TO: Record<RequirementId, { todo: string; fix: string }> = {
  cover: {
    todo: 'Загрузите обложку',
    fix: 'Управление → Основная информация → Обложка сообщества: загрузите обложку 1920×768 с гербом или логотипом.',
  },
  avatar: {
    todo: 'Загрузите аватарку',
    fix: 'Нажмите на фото сообщества → «Загрузить фотографию»: герб или логотип учреждения в хорошем качестве.',
  },
  description: {
    todo: 'Заполните описание',
    fix: 'Управление → Основная информация → Описание: полное наименование учреждения, адрес и контакты.',
  },
  'pos-widgets': {
    todo: 'Установите виджет ПОС',
    fix: 'Установите виджет ПОС через Управление → Приложения и отметьте его здесь: ВКонтакте не сообщает о нём приложениям.',
  },
  'open-wall': {
    todo: 'Откройте комментарии',
    fix: 'Управление → Разделы → Стена: «Открытая» или «Ограниченная», чтобы жители могли комментировать.',
  },
  'gov-mark': {
    todo: 'Получите отметку «Госорганизация»',
    fix: 'Отметку присваивает ВКонтакте по заявке через Госпаблики (gos.vk.com). ВКонтакте не всегда сообщает её приложениям — проверьте на странице сообщества.',
  },
};

/** A checklist item's title (the core's name for it), what to do and how. */
export function requirementText(id: RequirementId): { title: string; todo: string; fix: string } {
  return { title: capitalize(REQUIREMENT_WORDS[id].name), ...HOW_TO[id] };
}
