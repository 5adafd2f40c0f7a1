// One question of the builder: its text, 2–6 options with the correct one marked, an optional
// picture from the page's posts, and moving it up or down.
import {
  Icon24ArrowDownOutline,
  Icon24ArrowUpOutline,
  Icon24Cancel,
  Icon24DeleteOutline,
} from '@vkontakte/icons';
import { Button, Div, FormItem, Group, Header, IconButton, Input, Radio, Textarea } from '@vkontakte/vkui';
import { useState } from 'react';
import { OPTIONS_MAX, OPTIONS_MIN, type QuestionForm } from '../form';
import { PhotoPicker, type PhotoSource } from './PhotoPicker';

interface Props {
  question: QuestionForm;
  index: number;
  count: number;
  error: string | undefined;
  photos: PhotoSource;
  onChange: (question: QuestionForm) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

export function QuestionEditor({ question, index, count, error, photos, onChange, onMove, onRemove }: Props) {
  const [picking, setPicking] = useState(false);
  const i = index;
  const setOption = (j: number, value: string) =>
    onChange({ ...question, options: question.options.map((o, k) => (k === j ? value : o)) });
  const removeOption = (j: number) => {
    const correct = question.correct;
    onChange({
      ...question,
      options: question.options.filter((_, k) => k !== j),
      correct: correct === null || correct === j ? null : correct > j ? correct - 1 : correct,
    });
  };
  return (
    <Group
      header={
        <Header
          multiline
          after={
            <>
              <IconButton
                label="Поднять вопрос"
                disabled={i === 0}
                onClick={() => onMove(-1)}
                data-testid={`quiz-question-${i}-up`}
              >
                <Icon24ArrowUpOutline />
              </IconButton>
              <IconButton
                label="Опустить вопрос"
                disabled={i === count - 1}
                onClick={() => onMove(1)}
                data-testid={`quiz-question-${i}-down`}
              >
                <Icon24ArrowDownOutline />
              </IconButton>
              <IconButton
                label="Удалить вопрос"
                disabled={count === 1}
                onClick={onRemove}
                data-testid={`quiz-question-${i}-remove`}
              >
                <Icon24DeleteOutline />
              </IconButton>
            </>
          }
        >
          Вопрос {i + 1}
        </Header>
      }
      data-testid={`quiz-question-${i}`}
    >
      <FormItem
        top="Текст вопроса"
        topMultiline
        htmlFor={`quiz-q-${question.key}-text`}
        status={error ? 'error' : 'default'}
        bottom={error}
      >
        <Textarea
          id={`quiz-q-${question.key}-text`}
          data-testid={`quiz-question-${i}-text`}
          value={question.text}
          rows={2}
          maxLength={500}
          onChange={(event) => onChange({ ...question, text: event.currentTarget.value })}
        />
      </FormItem>
      <FormItem top="Варианты ответа (отметьте правильный)" topMultiline>
        {question.options.map((option, j) => (
          <div key={j} style={{ display: 'flex', alignItems: 'center', gap: 8, marginBottom: 8 }}>
            <Radio
              name={`quiz-q-${question.key}-correct`}
              checked={question.correct === j}
              onChange={() => onChange({ ...question, correct: j })}
              slotProps={{ root: { 'data-testid': `quiz-question-${i}-correct-${j}` } }}
              aria-label={`Вариант ${j + 1} — правильный`}
            >
              {j + 1}
            </Radio>
            <div style={{ flex: 1 }}>
              <Input
                data-testid={`quiz-question-${i}-option-${j}`}
                aria-label={`Вариант ${j + 1}`}
                value={option}
                maxLength={100}
                placeholder={`Вариант ${j + 1}`}
                onChange={(event) => setOption(j, event.currentTarget.value)}
              />
            </div>
            <IconButton
              label={`Удалить вариант ${j + 1}`}
              disabled={question.options.length <= OPTIONS_MIN}
              onClick={() => removeOption(j)}
              data-testid={`quiz-remove-option-${i}-${j}`}
            >
              <Icon24Cancel />
            </IconButton>
          </div>
        ))}
        {question.options.length < OPTIONS_MAX && (
          <Button
            size="s"
            mode="secondary"
            onClick={() => onChange({ ...question, options: [...question.options, ''] })}
            data-testid={`quiz-add-option-${i}`}
          >
            Добавить вариант
          </Button>
        )}
      </FormItem>
      <Div>
        {question.photo && (
          <div style={{ marginBottom: 8 }}>
            <img
              src={question.photo}
              alt={`Картинка к вопросу ${i + 1}`}
              style={{ maxWidth: '100%', maxHeight: 200, borderRadius: 8 }}
              data-testid={`quiz-question-${i}-photo`}
            />
          </div>
        )}
        <Button
          size="s"
          mode="tertiary"
          onClick={() => setPicking((open) => !open)}
          data-testid={`quiz-question-${i}-photo-pick`}
        >
          {picking ? 'Скрыть фотографии' : question.photo ? 'Сменить картинку' : 'Добавить картинку'}
        </Button>
        {question.photo && (
          <Button
            size="s"
            mode="tertiary"
            appearance="negative"
            onClick={() => onChange({ ...question, photo: null })}
            data-testid={`quiz-question-${i}-photo-remove`}
          >
            Убрать картинку
          </Button>
        )}
      </Div>
      {picking && (
        <PhotoPicker
          source={photos}
          testIdPrefix={`quiz-question-${i}-photo-option`}
          picked={question.photo}
          onPick={(url) => {
            onChange({ ...question, photo: url });
            setPicking(false);
          }}
        />
      )}
    </Group>
  );
}
