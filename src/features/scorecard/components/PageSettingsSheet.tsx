// The page's settings, out of the way of the answer: its category (which sets the posting threshold)
// and the time zone of the day boundaries. Opened from the verdict card.
import {
  FormItem,
  Footnote,
  Div,
  ModalPage,
  ModalPageHeader,
  NativeSelect,
  PanelHeaderClose,
} from '@vkontakte/vkui';
import type { Category } from '../../../core/types';
import { CATEGORY_NAMES } from '../categoryText';
import { RUSSIAN_TIME_ZONES } from '../timeZones';

interface Props {
  open: boolean;
  onClose: () => void;
  category: Category;
  /** Where the category lives: the viewer's page settings, or the supervisor's list. */
  categorySource: 'settings' | 'list';
  timeZone: string;
  onCategoryChange: (category: Category) => void;
  onTimeZoneChange: (timeZone: string) => void;
  /** Saving the settings failed: they hold until the app is closed. */
  saveFailed: boolean;
}

export function PageSettingsSheet(props: Props) {
  return (
    <ModalPage
      id="page-settings"
      open={props.open}
      onClose={props.onClose}
      size="m"
      data-testid="page-settings"
      header={
        <ModalPageHeader before={<PanelHeaderClose onClick={props.onClose} aria-label="Закрыть" />}>
          Настройки страницы
        </ModalPageHeader>
      }
    >
      <FormItem
        top="Категория паблика"
        topMultiline
        htmlFor="page-category"
        bottom={
          props.categorySource === 'list'
            ? 'Хранится в списке подведомственных страниц. Категорию назначает региональный ЦУР; от неё зависит, сколько постов нужно в неделю.'
            : 'Категорию назначает региональный ЦУР; от неё зависит, сколько постов нужно в неделю.'
        }
      >
        <NativeSelect
          id="page-category"
          data-testid="category-select"
          value={props.category}
          onChange={(event) => props.onCategoryChange(event.currentTarget.value as Category)}
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
        topMultiline
        htmlFor="page-time-zone"
        bottom="По нему считаются границы недель. Мониторинг по умолчанию считает по московскому времени."
      >
        <NativeSelect
          id="page-time-zone"
          data-testid="time-zone-select"
          value={props.timeZone}
          onChange={(event) => props.onTimeZoneChange(event.currentTarget.value)}
        >
          {RUSSIAN_TIME_ZONES.map((zone) => (
            <option key={zone.id} value={zone.id}>
              {zone.name}
            </option>
          ))}
        </NativeSelect>
      </FormItem>
      <Div>
        <Footnote className="sc-muted">
          {props.saveFailed
            ? 'Настройки не сохранились в ВКонтакте: они действуют, пока приложение открыто.'
            : 'Настройки сохраняются в ВКонтакте и видны только вам.'}
        </Footnote>
      </Div>
    </ModalPage>
  );
}
