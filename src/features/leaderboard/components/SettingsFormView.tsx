// The settings form itself (points and period), driven by props: the container loads and saves.
import {
  Button,
  Div,
  FormItem,
  FormLayoutGroup,
  FormStatus,
  Group,
  Header,
  Input,
  Radio,
} from '@vkontakte/vkui';
import type { LeaderboardPeriod, PeriodKind, PointRules } from '../../../core/leaderboard';
import type { SettingsErrors, SettingsForm } from '../form';
import { PERIOD_KIND_HINTS, PERIOD_KIND_NAMES, periodDates } from '../text';
import { NumberField } from '../../../shared/NumberField';

const POINT_LABELS: Record<keyof PointRules, string> = {
  like: 'Лайк',
  comment: 'Комментарий',
  repost: 'Репост',
};

const PERIOD_TEST_IDS: Record<PeriodKind, string> = {
  'rating-period': 'lb-period-rating',
  month: 'lb-period-month',
  custom: 'lb-period-custom',
};

const DATE_IDS = { customFrom: 'lb-custom-from', customTo: 'lb-custom-to' } as const;

export function SettingsFormView({
  form,
  errors,
  zoneNote,
  preview,
  saving,
  saveProblem,
  onChange,
  onSave,
}: {
  form: SettingsForm;
  errors: SettingsErrors;
  /** «Даты — по московскому времени.»: the page's zone, in which the dates are read. */
  zoneNote: string;
  /** The period the chosen kind gives today (null for unfinished custom dates). */
  preview: { period: LeaderboardPeriod; timeZone: string } | null;
  saving: boolean;
  /** Why the last save failed, in words; null when it did not. */
  saveProblem: { title: string; action: string } | null;
  onChange: (patch: Partial<SettingsForm>) => void;
  onSave: () => void;
}) {
  return (
    <div data-testid="lb-settings">
      <Group header={<Header multiline>Очки за действия</Header>}>
        <FormLayoutGroup mode="horizontal">
          {(['like', 'comment', 'repost'] as const).map((key) => (
            <NumberField
              key={key}
              id={`lb-points-${key}`}
              testId={`lb-points-${key}`}
              top={POINT_LABELS[key]}
              error={errors[key]}
              min={0}
              max={100}
              step={1}
              value={form[key]}
              onChange={(value) => onChange({ [key]: value })}
            />
          ))}
        </FormLayoutGroup>
        {errors.points && (
          <Div>
            <FormStatus mode="error" data-testid="lb-points-error">
              {errors.points}
            </FormStatus>
          </Div>
        )}
      </Group>

      <Group header={<Header multiline>Период рейтинга</Header>}>
        {(['rating-period', 'month', 'custom'] as const).map((kind) => (
          <Radio
            key={kind}
            name="lb-period"
            checked={form.period === kind}
            onChange={() => onChange({ period: kind })}
            description={PERIOD_KIND_HINTS[kind]}
            slotProps={{ root: { 'data-testid': PERIOD_TEST_IDS[kind] } }}
          >
            {PERIOD_KIND_NAMES[kind]}
          </Radio>
        ))}
        {form.period === 'custom' && (
          <FormLayoutGroup mode="horizontal">
            {(['customFrom', 'customTo'] as const).map((field) => (
              <FormItem
                key={field}
                top={field === 'customFrom' ? 'Первый день' : 'Последний день'}
                topMultiline
                htmlFor={DATE_IDS[field]}
                status={errors.custom ? 'error' : 'default'}
              >
                <Input
                  id={DATE_IDS[field]}
                  type="date"
                  value={form[field]}
                  onChange={(event) => onChange({ [field]: event.currentTarget.value })}
                  data-testid={DATE_IDS[field]}
                />
              </FormItem>
            ))}
          </FormLayoutGroup>
        )}
        {form.period === 'custom' && <Div data-testid="lb-custom-zone">{zoneNote}</Div>}
        {errors.custom && (
          <Div>
            <FormStatus mode="error" data-testid="lb-custom-error">
              {errors.custom}
            </FormStatus>
          </Div>
        )}
        {preview && (
          <Div data-testid="lb-period-preview">Сейчас: {periodDates(preview.period, preview.timeZone)}</Div>
        )}
      </Group>

      {saveProblem && (
        <Div>
          <FormStatus mode="error" title={saveProblem.title} data-testid="lb-save-error">
            {saveProblem.action}
          </FormStatus>
        </Div>
      )}
      <Div>
        <Button size="l" stretched loading={saving} disabled={saving} onClick={onSave} data-testid="lb-save">
          Сохранить
        </Button>
      </Div>
    </div>
  );
}
