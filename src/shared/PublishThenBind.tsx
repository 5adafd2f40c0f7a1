// Mini apps cannot post to a wall: the admin copies the prepared text, publishes it, and pastes the
// post's link back; a tool (giveaway, quiz) then binds to that post. One block for every tool.
import { Button, Div, FormItem, FormStatus, Group, Header, Input, Textarea } from '@vkontakte/vkui';
import { useState, type ReactNode } from 'react';
import { useServices } from './services';
import { parsePostRef, type PostRef } from '../core/wall';
import { copyText } from '../vk/community-actions';
import type { ErrorDescription } from './vk-error-text';
import { StatusMark } from './StatusMark';

interface Props {
  /** data-testid prefix: `<p>-draft`, `<p>-copy`, `<p>-bind-link`, `<p>-bind`, `<p>-bind-error`. */
  testId: string;
  /** Step 1's header, e.g. «Шаг 1. Опубликуйте анонс». */
  title: string;
  /** The post already chosen (only the tool's comment is missing), or null. */
  postRef: PostRef | null;
  /** Why and what to publish (shown before the text). */
  intro: ReactNode;
  text: string;
  textLabel: string;
  textTestId: string;
  textRows: number;
  /** Shown instead of the link field once the post is chosen. */
  pending: ReactNode;
  linkLabel: string;
  linkHint: string;
  bindLabel: string;
  error: ErrorDescription | null;
  busy: boolean;
  onBind: (ref: PostRef) => void;
}

export function PublishThenBind(p: Props) {
  const { bridge } = useServices();
  const [link, setLink] = useState(p.postRef ?? '');
  const [copied, setCopied] = useState<boolean | null>(null);
  const typed = parsePostRef(link);
  const linkError =
    link.trim() !== '' && typed === null
      ? 'Это не ссылка на запись: нужна вида vk.com/wall-123_45.'
      : undefined;

  return (
    <Group header={<Header multiline>{p.title}</Header>} data-testid={`${p.testId}-draft`}>
      {p.postRef === null && (
        <>
          <Div>{p.intro}</Div>
          <FormItem top={p.textLabel} topMultiline htmlFor={`${p.testId}-text`}>
            <Textarea
              id={`${p.testId}-text`}
              value={p.text}
              readOnly
              rows={p.textRows}
              data-testid={p.textTestId}
            />
          </FormItem>
          <Div>
            <Button
              size="m"
              mode="secondary"
              data-testid={`${p.testId}-copy`}
              onClick={() => void copyText(bridge, p.text).then(setCopied)}
            >
              Скопировать текст
            </Button>
            {copied !== null && (
              <StatusMark tone={copied ? 'ok' : 'bad'}>
                {copied ? 'Текст скопирован' : 'Не удалось скопировать: выделите текст и скопируйте вручную'}
              </StatusMark>
            )}
          </Div>
        </>
      )}
      <Header multiline>Шаг 2. Укажите опубликованную запись</Header>
      {p.postRef !== null ? (
        p.pending
      ) : (
        <FormItem
          top={p.linkLabel}
          topMultiline
          htmlFor={`${p.testId}-bind-link`}
          status={linkError ? 'error' : 'default'}
          bottom={linkError ?? p.linkHint}
        >
          <Input
            id={`${p.testId}-bind-link`}
            data-testid={`${p.testId}-bind-link`}
            value={link}
            placeholder="https://vk.com/wall-123_45"
            onChange={(event) => setLink(event.currentTarget.value)}
          />
        </FormItem>
      )}
      {p.error && (
        <FormStatus mode="error" title={p.error.title} data-testid={`${p.testId}-bind-error`}>
          {p.error.action}
        </FormStatus>
      )}
      <Div>
        <Button
          size="l"
          stretched
          loading={p.busy}
          disabled={p.busy || (p.postRef === null && typed === null)}
          data-testid={`${p.testId}-bind`}
          onClick={() => {
            const ref = p.postRef ?? typed;
            if (ref) p.onBind(ref);
          }}
        >
          {p.bindLabel}
        </Button>
      </Div>
    </Group>
  );
}
