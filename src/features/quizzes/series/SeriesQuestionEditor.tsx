import { Icon24DeleteOutline } from '@vkontakte/icons';
import { FormItem, Group, Header, IconButton, Input, Radio, Textarea } from '@vkontakte/vkui';
import { quizErrorText } from '../error-text';
import { PostPicker } from '../../../shared/PostPicker';
import type { SeriesQuestionErrors, SeriesQuestionForm } from './form';

/** One question post of a comment quiz and its accepted answers. */
export function SeriesQuestionEditor({
  index,
  value,
  errors,
  groupId,
  timeZone,
  onChange,
  onRemove,
}: {
  index: number;
  value: SeriesQuestionForm;
  errors: SeriesQuestionErrors | undefined;
  groupId: number;
  timeZone: string;
  onChange: (value: SeriesQuestionForm) => void;
  /** Absent when the question cannot be removed. */
  onRemove?: () => void;
}) {
  const i = index;
  const update = (change: Partial<SeriesQuestionForm>) => onChange({ ...value, ...change });
  return (
    <Group
      header={
        <Header
          multiline
          after={
            onRemove && (
              <IconButton
                label="Удалить вопрос"
                onClick={onRemove}
                data-testid={`series-question-${i}-remove`}
              >
                <Icon24DeleteOutline />
              </IconButton>
            )
          }
        >
          Вопрос {i + 1}
        </Header>
      }
      data-testid={`series-question-${i}`}
    >
      <Radio
        name={`series-q-${value.key}-mode`}
        checked={value.postMode === 'link'}
        onChange={() => update({ postMode: 'link' })}
        slotProps={{ root: { 'data-testid': `series-question-${i}-mode-link` } }}
      >
        Вставить ссылку на запись с вопросом
      </Radio>
      <Radio
        name={`series-q-${value.key}-mode`}
        checked={value.postMode === 'pick'}
        onChange={() => update({ postMode: 'pick' })}
        slotProps={{ root: { 'data-testid': `series-question-${i}-mode-pick` } }}
      >
        Выбрать из последних записей
      </Radio>
      {value.postMode === 'link' ? (
        <FormItem
          top="Ссылка на запись"
          topMultiline
          htmlFor={`series-q-${value.key}-link`}
          status={errors?.post ? 'error' : 'default'}
          bottom={errors?.post}
        >
          <Input
            id={`series-q-${value.key}-link`}
            data-testid={`series-question-${i}-link`}
            value={value.postLink}
            placeholder="https://vk.com/wall-123_45"
            onChange={(event) => update({ postLink: event.currentTarget.value })}
          />
        </FormItem>
      ) : (
        <PostPicker
          groupId={groupId}
          timeZone={timeZone}
          picked={value.pickedPost}
          onPick={(ref) => update({ pickedPost: ref })}
          error={errors?.post}
          describeError={quizErrorText}
          name={`series-q-${value.key}-post`}
          testIdPrefix={`series-question-${i}-pick`}
          emptyText="На стене страницы пока нет записей: опубликуйте вопрос и вернитесь."
        />
      )}
      <FormItem
        top="Правильные ответы, по одному на строке"
        topMultiline
        htmlFor={`series-q-${value.key}-answers`}
        status={errors?.answers ? 'error' : 'default'}
        bottom={
          errors?.answers ??
          'Большие и маленькие буквы, ё и е, кавычки и знаки препинания не важны; ответ засчитывается, только если комментарий совпадает с ним целиком.'
        }
      >
        <Textarea
          id={`series-q-${value.key}-answers`}
          data-testid={`series-question-${i}-answers`}
          value={value.answers}
          rows={3}
          placeholder={'Лесногорск\nг. Лесногорск'}
          onChange={(event) => update({ answers: event.currentTarget.value })}
        />
      </FormItem>
    </Group>
  );
}
