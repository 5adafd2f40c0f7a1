import { Avatar, FormItem, Group, NativeSelect, RichCell } from '@vkontakte/vkui';
import type { Category, PageInfo } from '../../../core/types';
import { countOf } from '../../../shared/format';
import { CATEGORY_NAMES } from '../categoryText';
import { RUSSIAN_TIME_ZONES } from '../timeZones';

const MEMBERS = ['подписчик', 'подписчика', 'подписчиков'] as const;

interface Props {
  page: PageInfo;
  category: Category;
  /** Where the category lives: the viewer's page settings, or the supervisor's list. */
  categorySource: 'settings' | 'list';
  timeZone: string;
  onCategoryChange: (category: Category) => void;
  onTimeZoneChange: (timeZone: string) => void;
}

export function PageHeaderCard({
  page,
  category,
  categorySource,
  timeZone,
  onCategoryChange,
  onTimeZoneChange,
}: Props) {
  return (
    <Group>
      <RichCell
        before={
          <Avatar
            size={72}
            src={page.hasPhoto ? (page.photo ?? undefined) : undefined}
            initials={page.name.slice(0, 1)}
          />
        }
        overTitle={page.screenName ? `vk.com/${page.screenName}` : undefined}
        subtitle={
          page.membersCount === null ? 'число подписчиков неизвестно' : countOf(page.membersCount, MEMBERS)
        }
        multiline
      >
        <span data-testid="page-name">{page.name}</span>
      </RichCell>
      <FormItem
        top={
          categorySource === 'list' ? 'Категория паблика (в списке подведомственных)' : 'Категория паблика'
        }
        htmlFor="page-category"
        bottom="Категорию назначает региональный ЦУР; от неё зависит порог частоты."
      >
        <NativeSelect
          id="page-category"
          data-testid="category-select"
          value={category}
          onChange={(event) => onCategoryChange(event.currentTarget.value as Category)}
        >
          {(Object.keys(CATEGORY_NAMES) as Category[]).map((value) => (
            <option key={value} value={value}>
              {CATEGORY_NAMES[value]}
            </option>
          ))}
        </NativeSelect>
      </FormItem>
      <FormItem
        top="Часовой пояс страницы"
        htmlFor="page-time-zone"
        bottom="Границы периодов считаются по календарным дням. Мониторинг по умолчанию — московское время."
      >
        <NativeSelect
          id="page-time-zone"
          data-testid="time-zone-select"
          value={timeZone}
          onChange={(event) => onTimeZoneChange(event.currentTarget.value)}
        >
          {RUSSIAN_TIME_ZONES.map((zone) => (
            <option key={zone.id} value={zone.id}>
              {zone.name}
            </option>
          ))}
        </NativeSelect>
      </FormItem>
    </Group>
  );
}
