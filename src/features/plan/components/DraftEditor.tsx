// A draft one tap from its idea: the text to edit, when to schedule it, «Создать запись» (VK's post
// box) and «Скопировать текст». Whatever happens, the text stays here until the clerk changes it.
import { Button, Div, FormItem, Link, Textarea } from '@vkontakte/vkui';
import { useId, useState } from 'react';
import { useCreatePost, type CreateOutcome } from '../useCreatePost';

interface Props {
  groupId: number;
  draft: string;
  /** «11 декабря, чт, 10:00»: the plan's next slot, or null when nothing is left to plan. */
  nextSlot: string | null;
  onPosted: () => void;
  testId: string;
}

export function DraftEditor({ groupId, draft, nextSlot, onPosted, testId }: Props) {
  const [text, setText] = useState(draft);
  const { outcome, create, copy } = useCreatePost(groupId, onPosted);
  const id = useId();
  const busy = outcome.kind === 'busy';
  return (
    <div className="plan-draft" data-testid={testId}>
      <FormItem
        top="Черновик поста"
        htmlFor={id}
        bottom="Замените текст в [квадратных скобках]: это подсказки, что написать."
      >
        <Textarea
          id={id}
          value={text}
          rows={6}
          onChange={(e) => setText(e.target.value)}
          data-testid="plan-draft-text"
        />
      </FormItem>
      {nextSlot && (
        <Div className="plan-draft__when" data-testid="plan-draft-when">
          Поставьте запись в очередь на {nextSlot}: в окне записи нажмите на значок часов и выберите это
          время.
        </Div>
      )}
      <Div>
        <div className="plan-actions">
          <Button
            size="l"
            stretched
            loading={busy}
            disabled={text.trim() === ''}
            onClick={() => void create(text.trim())}
            data-testid="plan-create-post"
          >
            Создать запись
          </Button>
          <Button
            size="l"
            stretched
            mode="secondary"
            disabled={busy || text.trim() === ''}
            onClick={() => void copy(text.trim())}
            data-testid="plan-copy-text"
          >
            Скопировать текст
          </Button>
        </div>
        <OutcomeNote outcome={outcome} groupId={groupId} />
      </Div>
    </div>
  );
}

function OutcomeNote({ outcome, groupId }: { outcome: CreateOutcome; groupId: number }) {
  const page = (
    <Link
      href={`https://vk.com/club${groupId}`}
      target="_blank"
      rel="noreferrer"
      data-testid="plan-open-page"
    >
      Открыть страницу
    </Link>
  );
  switch (outcome.kind) {
    case 'idle':
    case 'busy':
      return null;
    case 'posted':
      return (
        <p className="plan-note plan-note--ok" role="status" data-testid="plan-outcome">
          Запись создана. Если вы выбрали время, она ждёт в отложенных записях — план уже учёл её.
        </p>
      );
    case 'closed':
      return (
        <p className="plan-note" role="status" data-testid="plan-outcome">
          Запись не создана: окно закрыто или публиковать от имени страницы можно только её руководителям.
          Текст остался здесь.
        </p>
      );
    case 'copied':
      return (
        <p className="plan-note" role="status" data-testid="plan-outcome">
          {outcome.ok
            ? 'Текст скопирован. Откройте страницу и вставьте его в новую запись. '
            : 'Не удалось скопировать: выделите текст выше и скопируйте его. '}
          {page}
        </p>
      );
  }
}
