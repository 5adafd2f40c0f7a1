// The quiz builder: title, prize, questions, the time per question, the window and the post. Nothing
// typed is lost when saving fails: the values stay and the error says what to do.
import { Button, Div, FormItem, FormStatus, Group, Header, Input } from '@vkontakte/vkui';
import { useMemo, useRef, useState } from 'react';
import { useServices } from '../../shared/services';
import { createQuiz, pagePhotos, quizDeps, type PagePhoto, type QuizRecord } from '../../data/quiz';
import { quizErrorText } from './error-text';
import { unixToLocalInput } from '../../shared/local-time';
import { capitalize } from '../../shared/format';
import { zoneName } from '../../shared/time-zone-words';
import { NumberField } from '../../shared/NumberField';
import { PostChoiceFields } from '../../shared/PostChoiceFields';
import { usePageTimeZone } from '../../shared/usePageInfo';
import { useAction } from '../../shared/useAction';
import { QuestionEditor } from './components/QuestionEditor';
import {
  QUESTIONS_MAX,
  checkQuizForm,
  emptyForm,
  emptyQuestion,
  hasErrors,
  type FormErrors,
  type QuestionForm,
  type QuizForm,
} from './form';

interface Props {
  groupId: number;
  onCreated: (record: QuizRecord) => void;
}

const DAY = 86_400;

export function CreateQuiz({ groupId, onCreated }: Props) {
  const services = useServices();
  const timeZone = usePageTimeZone(groupId);
  const [form, setForm] = useState<QuizForm>(() => {
    // Tomorrow at the top of the hour, open for a day: a typical quiz.
    const opens = Math.ceil((services.clock.now() / 1000 + DAY) / 3600) * 3600;
    return emptyForm(unixToLocalInput(opens, timeZone), unixToLocalInput(opens + DAY, timeZone));
  });
  const nextKey = useRef(1);
  const [errors, setErrors] = useState<FormErrors>({});
  const { running: saving, error: saveError, run, setError: setSaveError } = useAction();
  const update = (change: Partial<QuizForm>) => setForm((prev) => ({ ...prev, ...change }));
  const setQuestions = (change: (questions: QuestionForm[]) => QuestionForm[]) => {
    setForm((prev) => ({ ...prev, questions: change(prev.questions) }));
    // Question errors are by position: after a move or removal they would point at the wrong one.
    setErrors((prev) => ({ ...prev, question: undefined }));
  };

  // The page's photos are read once, when a question first asks for them; a failure is retried.
  const photos = useMemo(() => {
    let pending: Promise<PagePhoto[]> | null = null;
    return () => {
      pending ??= pagePhotos(services.api, groupId).catch((error: unknown) => {
        pending = null;
        throw error;
      });
      return pending;
    };
  }, [services.api, groupId]);

  const submit = async () => {
    const now = Math.floor(services.clock.now() / 1000);
    let checked;
    try {
      checked = checkQuizForm(form, { now, timeZone, groupId });
    } catch (error) {
      setSaveError(error);
      return;
    }
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    const { draft } = checked;
    await run(async () => onCreated(await createQuiz(quizDeps(services, groupId), groupId, draft)));
  };

  const saveText = saveError === null ? null : quizErrorText(saveError);
  const zone = zoneName(services.clock.now() / 1000, timeZone);
  const field = (name: 'title' | 'prize' | 'opensAt' | 'closesAt') => ({
    status: errors[name] ? ('error' as const) : ('default' as const),
    bottom: errors[name],
  });

  return (
    <div data-testid="quiz-form">
      <Group header={<Header multiline>Викторина</Header>}>
        <FormItem top="Название" topMultiline htmlFor="quiz-title" {...field('title')}>
          <Input
            id="quiz-title"
            data-testid="quiz-title"
            value={form.title}
            maxLength={150}
            placeholder="Например: Знаете ли вы свой город?"
            onChange={(event) => update({ title: event.currentTarget.value })}
          />
        </FormItem>
        <FormItem top="Приз (необязательно)" topMultiline htmlFor="quiz-prize" {...field('prize')}>
          <Input
            id="quiz-prize"
            data-testid="quiz-prize"
            value={form.prize}
            maxLength={200}
            placeholder="Например: книга об истории района"
            onChange={(event) => update({ prize: event.currentTarget.value })}
          />
        </FormItem>
      </Group>

      {form.questions.map((question, i) => (
        <QuestionEditor
          key={question.key}
          question={question}
          index={i}
          count={form.questions.length}
          error={errors.question?.[i]}
          photos={photos}
          onChange={(changed) => {
            setForm((prev) => ({
              ...prev,
              questions: prev.questions.map((q) => (q.key === changed.key ? changed : q)),
            }));
          }}
          onMove={(delta) =>
            setQuestions((questions) => {
              const moved = [...questions];
              const [taken] = moved.splice(i, 1);
              moved.splice(i + delta, 0, taken!);
              return moved;
            })
          }
          onRemove={() => setQuestions((questions) => questions.filter((q) => q.key !== question.key))}
        />
      ))}
      <Group>
        {errors.questions && (
          <FormStatus mode="error" data-testid="quiz-questions-error">
            {errors.questions}
          </FormStatus>
        )}
        <Div>
          <Button
            size="m"
            mode="secondary"
            stretched
            disabled={form.questions.length >= QUESTIONS_MAX}
            onClick={() => setQuestions((questions) => [...questions, emptyQuestion(nextKey.current++)])}
            data-testid="quiz-add-question"
          >
            Добавить вопрос
          </Button>
        </Div>
      </Group>

      <Group header={<Header multiline>Время</Header>}>
        <NumberField
          id="quiz-seconds"
          testId="quiz-seconds"
          top="Секунд на каждый вопрос"
          error={errors.seconds}
          min={10}
          max={600}
          value={form.seconds}
          onChange={(seconds) => update({ seconds })}
        />
        <FormItem top="Начало" topMultiline htmlFor="quiz-opens-at" {...field('opensAt')}>
          <Input
            id="quiz-opens-at"
            data-testid="quiz-opens-at"
            type="datetime-local"
            value={form.opensAt}
            onChange={(event) => update({ opensAt: event.currentTarget.value })}
          />
        </FormItem>
        <FormItem top="Окончание" topMultiline htmlFor="quiz-closes-at" {...field('closesAt')}>
          <Input
            id="quiz-closes-at"
            data-testid="quiz-closes-at"
            type="datetime-local"
            value={form.closesAt}
            onChange={(event) => update({ closesAt: event.currentTarget.value })}
          />
        </FormItem>
        <Div>
          {capitalize(zone)}: часовой пояс страницы задаётся в её показателях. Ответы засчитываются по времени
          комментария ВКонтакте: только отправленные между началом и окончанием.
        </Div>
      </Group>

      <Group header={<Header multiline>Запись с викториной</Header>}>
        <PostChoiceFields
          choice={form}
          onChange={update}
          order={['later', 'link', 'pick']}
          later={{
            label: 'Сначала подготовить запись',
            description:
              'Приложение подготовит текст записи с вопросами и ключом викторины; после публикации вставите ссылку на запись.',
          }}
          error={errors.post}
          groupId={groupId}
          timeZone={timeZone}
          describeError={quizErrorText}
          emptyText="На стене страницы пока нет записей: выберите «Сначала подготовить запись»."
          namePrefix="quiz"
          testIdPrefix="quiz"
        />
        {form.postMode !== 'later' && (
          <Div>
            Без текста из приложения ключ викторины опубликует комментарий сообщества под записью — так тоже
            можно, но в тексте записи вопросы и правила видны всем сразу.
          </Div>
        )}
      </Group>

      <Group>
        {errors.other && errors.other.length > 0 && (
          <FormStatus mode="error" data-testid="quiz-other-errors">
            {errors.other.join(' ')}
          </FormStatus>
        )}
        {saveText && (
          <FormStatus mode="error" title={saveText.title} data-testid="quiz-save-error">
            {saveText.action} Введённые данные сохранены в форме — можно повторить.
          </FormStatus>
        )}
        {hasErrors(errors) && (
          <FormStatus mode="error" data-testid="quiz-form-errors">
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
            data-testid="quiz-submit"
          >
            Создать викторину
          </Button>
        </Div>
      </Group>
    </div>
  );
}
