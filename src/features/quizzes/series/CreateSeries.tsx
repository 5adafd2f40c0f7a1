// A new comment-quiz series: a title and its question posts with the accepted answers. Nothing
// typed is lost when saving fails.
import { Button, Div, FormItem, FormStatus, Group, Header, Input } from '@vkontakte/vkui';
import { useRef, useState } from 'react';
import { useServices } from '../../../shared/services';
import { createSeries, quizDeps, type SeriesRecord } from '../../../data/quiz';
import { quizErrorText } from '../error-text';
import { usePageTimeZone } from '../../../shared/usePageInfo';
import { useAction } from '../../../shared/useAction';
import {
  checkSeriesQuestion,
  emptySeriesQuestion,
  type SeriesQuestionErrors,
  type SeriesQuestionForm,
} from './form';
import { SeriesQuestionEditor } from './SeriesQuestionEditor';

export function CreateSeries({
  groupId,
  onCreated,
}: {
  groupId: number;
  onCreated: (series: SeriesRecord) => void;
}) {
  const services = useServices();
  const timeZone = usePageTimeZone(groupId);
  const [title, setTitle] = useState('');
  const [questions, setQuestions] = useState<SeriesQuestionForm[]>(() => [emptySeriesQuestion(0)]);
  const nextKey = useRef(1);
  const [titleError, setTitleError] = useState<string | undefined>();
  const [errors, setErrors] = useState<Record<number, SeriesQuestionErrors>>({});
  const { running: saving, error: saveError, run } = useAction();

  const submit = async () => {
    const checked = questions.map((q) => checkSeriesQuestion(q, groupId));
    const problems: Record<number, SeriesQuestionErrors> = {};
    checked.forEach((c, i) => {
      if (!c.ok) problems[questions[i]!.key] = c.errors;
    });
    const noTitle = title.trim() === '' ? 'Напишите название викторины.' : undefined;
    setTitleError(noTitle);
    setErrors(problems);
    if (noTitle || Object.keys(problems).length > 0) return;
    const ready = checked.flatMap((c) => (c.ok ? [c.question] : []));
    await run(async () =>
      onCreated(await createSeries(quizDeps(services, groupId), groupId, { title, questions: ready })),
    );
  };
  const saveText = saveError === null ? null : quizErrorText(saveError);
  const hasProblems = titleError !== undefined || Object.keys(errors).length > 0;

  return (
    <div data-testid="series-form">
      <Group header={<Header multiline>Викторина в комментариях</Header>}>
        <Div>
          Опубликуйте вопросы записями на стене сообщества, а здесь укажите эти записи и правильные ответы.
          Подписчики отвечают комментариями; по каждому вопросу побеждает первый правильный ответ.
        </Div>
        <FormItem
          top="Название"
          topMultiline
          htmlFor="series-title"
          status={titleError ? 'error' : 'default'}
          bottom={titleError}
        >
          <Input
            id="series-title"
            data-testid="series-title"
            value={title}
            maxLength={150}
            placeholder="Например: Знатоки истории района"
            onChange={(event) => setTitle(event.currentTarget.value)}
          />
        </FormItem>
      </Group>
      {questions.map((question, i) => (
        <SeriesQuestionEditor
          key={question.key}
          index={i}
          value={question}
          errors={errors[question.key]}
          groupId={groupId}
          timeZone={timeZone}
          onChange={(changed) =>
            setQuestions((prev) => prev.map((q) => (q.key === changed.key ? changed : q)))
          }
          onRemove={
            questions.length > 1
              ? () => setQuestions((prev) => prev.filter((q) => q.key !== question.key))
              : undefined
          }
        />
      ))}
      <Group>
        <Div>
          <Button
            size="m"
            mode="secondary"
            stretched
            onClick={() => setQuestions((prev) => [...prev, emptySeriesQuestion(nextKey.current++)])}
            data-testid="series-add-question"
          >
            Добавить вопрос
          </Button>
        </Div>
        {saveText && (
          <FormStatus mode="error" title={saveText.title} data-testid="series-save-error">
            {saveText.action} Введённые данные сохранены в форме — можно повторить.
          </FormStatus>
        )}
        {hasProblems && (
          <FormStatus mode="error" data-testid="series-form-errors">
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
            data-testid="series-submit"
          >
            Создать
          </Button>
        </Div>
      </Group>
    </div>
  );
}
