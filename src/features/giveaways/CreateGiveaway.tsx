// The create form: prize, post, conditions, exclusions, counts and the draw time. Nothing typed is
// lost when saving fails: the values stay and the error says what to do.
import { Button, Checkbox, Div, FormItem, FormStatus, Group, Header, Input, Textarea } from '@vkontakte/vkui';
import { useState } from 'react';
import { useServices } from '../../shared/services';
import { resolveRefs } from '../../data/children/resolve';
import { createGiveaway, giveawayDeps, type GiveawayRecord } from '../../data/giveaway';
import { giveawayErrorText } from './error-text';
import { checkForm, emptyForm, type FormErrors, type GiveawayForm } from './form';
import { NumberField } from '../../shared/NumberField';
import { PostChoiceFields } from '../../shared/PostChoiceFields';
import { unixToLocalInput } from '../../shared/local-time';
import { capitalize } from '../../shared/format';
import { zoneName } from '../../shared/time-zone-words';
import { usePageTimeZone } from '../../shared/usePageInfo';
import { useAction } from '../../shared/useAction';

interface Props {
  groupId: number;
  onCreated: (record: GiveawayRecord) => void;
}

const DAY = 86_400;

export function CreateGiveaway({ groupId, onCreated }: Props) {
  const services = useServices();
  const timeZone = usePageTimeZone(groupId);
  const [form, setForm] = useState<GiveawayForm>(() =>
    // A week from now at the top of the hour: a typical giveaway's length.
    emptyForm(unixToLocalInput(roundToHour(services.clock.now() / 1000 + 7 * DAY), timeZone)),
  );
  const [errors, setErrors] = useState<FormErrors>({});
  const { running: saving, error: saveError, run } = useAction();
  const update = (change: Partial<GiveawayForm>) => setForm((prev) => ({ ...prev, ...change }));

  const submit = async () => {
    const now = Math.floor(services.clock.now() / 1000);
    const checked = checkForm(form, { now, timeZone });
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    await run(async () => {
      const partners: number[] = [];
      if (checked.partnerRefs.length > 0) {
        const resolved = await resolveRefs(services.api, checked.partnerRefs);
        const problems: string[] = [];
        for (const item of resolved) {
          if (item.status === 'skipped') problems.push(`«${item.raw}»: ${item.reason.toLowerCase()}`);
          else if (item.page.id === groupId) problems.push(`«${item.raw}»: это сама страница розыгрыша`);
          else if (!partners.includes(item.page.id)) partners.push(item.page.id);
        }
        if (problems.length > 0) {
          setErrors({ partners: `Не удалось найти: ${problems.join('; ')}.` });
          return;
        }
      }
      const draft = { ...checked.draft, conditions: { ...checked.draft.conditions, partners } };
      const record = await createGiveaway(giveawayDeps(services, groupId), groupId, draft);
      onCreated(record);
    });
  };

  const saveText = saveError === null ? null : giveawayErrorText(saveError);

  return (
    <div data-testid="giveaway-form">
      <Group header={<Header multiline>Приз</Header>}>
        <FormItem
          top="Что разыгрываете"
          topMultiline
          htmlFor="gw-prize"
          status={errors.prize ? 'error' : 'default'}
          bottom={errors.prize}
        >
          <Input
            id="gw-prize"
            data-testid="giveaway-prize"
            value={form.prize}
            maxLength={250}
            placeholder="Например: билеты в музей"
            onChange={(event) => update({ prize: event.currentTarget.value })}
          />
        </FormItem>
      </Group>

      <Group header={<Header multiline>Запись с розыгрышем</Header>}>
        <PostChoiceFields
          choice={form}
          onChange={update}
          order={['link', 'pick', 'later']}
          later={{
            label: 'Сначала подготовить анонс',
            description:
              'Приложение подготовит текст анонса со ссылкой на розыгрыш; после публикации вставите ссылку на запись.',
          }}
          error={errors.post}
          groupId={groupId}
          timeZone={timeZone}
          describeError={giveawayErrorText}
          emptyText="На стене страницы пока нет записей: опубликуйте анонс или выберите «Сначала подготовить анонс»."
          namePrefix="gw"
          testIdPrefix="giveaway"
        />
        <Div data-testid="giveaway-post-window">
          Код честности появится под записью сразу, а честным он считается, только если опубликован не позже
          чем через 30 минут после самой записи, пока участников ещё нет. Поэтому подойдёт только свежая
          запись; для ранее опубликованной выберите «Сначала подготовить анонс» и опубликуйте новую.
        </Div>
      </Group>

      <Group header={<Header multiline>Условия участия</Header>}>
        <Checkbox
          checked={form.member}
          onChange={(event) => update({ member: event.currentTarget.checked })}
          slotProps={{ root: { 'data-testid': 'giveaway-cond-member' } }}
        >
          Подписаться на сообщество
        </Checkbox>
        <Checkbox
          checked={form.like}
          onChange={(event) => update({ like: event.currentTarget.checked })}
          slotProps={{ root: { 'data-testid': 'giveaway-cond-like' } }}
        >
          Поставить лайк записи
        </Checkbox>
        <Checkbox
          checked={form.repost}
          onChange={(event) => update({ repost: event.currentTarget.checked })}
          slotProps={{ root: { 'data-testid': 'giveaway-cond-repost' } }}
        >
          Сделать репост записи
        </Checkbox>
        <Checkbox
          checked={form.comment}
          onChange={(event) => update({ comment: event.currentTarget.checked })}
          description="Отметки считаются по всем комментариям участника к записи, ответы в ветках тоже. Отметка себя или сообщества не считается."
          slotProps={{ root: { 'data-testid': 'giveaway-cond-comment' } }}
        >
          Оставить комментарий с отметкой друзей
        </Checkbox>
        {form.comment && (
          <NumberField
            id="gw-min-tags"
            testId="giveaway-cond-tags"
            top="Сколько друзей отметить"
            hint="0 — достаточно просто комментария."
            error={errors.minTags}
            min={0}
            value={form.minTags}
            onChange={(minTags) => update({ minTags })}
          />
        )}
        <FormItem
          top="Партнёры (необязательно)"
          topMultiline
          htmlFor="gw-partners"
          status={errors.partners ? 'error' : 'default'}
          bottom={
            errors.partners ??
            'Участник должен быть подписан и на эти сообщества. Ссылки, номера или короткие имена через запятую.'
          }
        >
          <Input
            id="gw-partners"
            data-testid="giveaway-cond-partners"
            value={form.partners}
            placeholder="vk.com/club123, lesnogorsk_museum"
            onChange={(event) => update({ partners: event.currentTarget.value })}
          />
        </FormItem>
        {errors.conditions && (
          <FormStatus mode="error" data-testid="giveaway-conditions-error">
            {errors.conditions}
          </FormStatus>
        )}
      </Group>

      <Group header={<Header multiline>Кто не участвует</Header>}>
        <Div>
          Всегда исключаются: само сообщество, его руководители (администраторы, редакторы, модераторы),
          удалённые и заблокированные страницы. Дополнительно можно исключить конкретных людей — этот список
          не публикуется.
        </Div>
        <FormItem
          top="Исключить людей (необязательно)"
          topMultiline
          htmlFor="gw-blacklist"
          status={errors.blacklist ? 'error' : 'default'}
          bottom={errors.blacklist ?? 'Ссылки на их страницы или номера, по одной на строке.'}
        >
          <Textarea
            id="gw-blacklist"
            data-testid="giveaway-blacklist"
            value={form.blacklist}
            placeholder={'https://vk.com/id123\n456'}
            onChange={(event) => update({ blacklist: event.currentTarget.value })}
          />
        </FormItem>
      </Group>

      <Group header={<Header multiline>Итоги</Header>}>
        <NumberField
          id="gw-winners"
          testId="giveaway-winners-count"
          top="Победителей"
          error={errors.winners}
          min={1}
          value={form.winners}
          onChange={(winners) => update({ winners })}
        />
        <NumberField
          id="gw-reserves"
          testId="giveaway-reserves-count"
          top="В резерве"
          hint="Получат приз по очереди, если победитель не отзовётся."
          error={errors.reserves}
          min={0}
          value={form.reserves}
          onChange={(reserves) => update({ reserves })}
        />
        <FormItem
          top="Дата и время розыгрыша"
          topMultiline
          htmlFor="gw-draw-at"
          status={errors.drawAt ? 'error' : 'default'}
          bottom={
            errors.drawAt ??
            `${capitalize(zoneName(services.clock.now() / 1000, timeZone))}: часовой пояс страницы задаётся в её показателях.`
          }
        >
          <Input
            id="gw-draw-at"
            data-testid="giveaway-draw-at"
            type="datetime-local"
            value={form.drawAt}
            onChange={(event) => update({ drawAt: event.currentTarget.value })}
          />
        </FormItem>
      </Group>

      <Group>
        {saveText && (
          <FormStatus mode="error" title={saveText.title} data-testid="giveaway-save-error">
            {saveText.action} Введённые данные сохранены в форме — можно повторить.
          </FormStatus>
        )}
        {Object.keys(errors).length > 0 && (
          <FormStatus mode="error" data-testid="giveaway-form-errors">
            Проверьте поля, отмеченные красным.
          </FormStatus>
        )}
        <Div>
          <Button
            size="l"
            stretched
            loading={saving}
            disabled={saving}
            onClick={() => void submit()}
            data-testid="giveaway-submit"
          >
            Создать розыгрыш
          </Button>
        </Div>
      </Group>
    </div>
  );
}

function roundToHour(unix: number): number {
  return Math.ceil(unix / 3600) * 3600;
}
