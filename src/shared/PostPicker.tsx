// «Выбрать из последних записей страницы»: the page's recent own posts as radio buttons (the
// giveaway and quiz forms, the quiz series).
import { Button, Div, FormItem, FormStatus, Radio, Spinner } from '@vkontakte/vkui';
import { useCallback, useMemo } from 'react';
import { useServices } from './services';
import type { PostRef } from '../core/wall';
import type { ErrorDescription } from './vk-error-text';
import { formatDateTime } from './format';
import { useLoad } from './useLoad';

export function PostPicker({
  groupId,
  timeZone,
  picked,
  onPick,
  error,
  describeError,
  name,
  testIdPrefix,
  emptyText,
}: {
  groupId: number;
  timeZone: string;
  picked: PostRef | null;
  onPick: (ref: PostRef) => void;
  error: string | undefined;
  describeError: (error: unknown) => ErrorDescription;
  /** The radio group's name (unique on the screen). */
  name: string;
  /** Rows get `${testIdPrefix}-${i}`. */
  testIdPrefix: string;
  emptyText: string;
}) {
  const { pages } = useServices();
  const read = useCallback(() => pages.latestOwnPosts(groupId, 10), [pages, groupId]);
  const { state, reload } = useLoad(read);
  const posts = state.status === 'ready' ? state.value : null;
  const items = useMemo(
    () =>
      posts?.map((post) => ({
        ...post,
        preview: post.text.trim() === '' ? 'Запись без текста' : shorten(post.text.trim(), 120),
      })) ?? [],
    [posts],
  );
  if (state.status === 'loading') return <Spinner size="m" aria-label="Загружаем записи" />;
  if (state.status === 'error') {
    const { title, action } = describeError(state.error);
    return (
      <FormStatus mode="error" title={title}>
        {action}{' '}
        <Button size="s" mode="secondary" onClick={reload}>
          Загрузить снова
        </Button>
      </FormStatus>
    );
  }
  if (items.length === 0) return <Div>{emptyText}</Div>;
  return (
    <FormItem top="Последние записи" topMultiline status={error ? 'error' : 'default'} bottom={error}>
      {items.map((post, i) => (
        <Radio
          key={post.ref}
          name={name}
          checked={picked === post.ref}
          onChange={() => onPick(post.ref)}
          description={formatDateTime(post.date, timeZone)}
          slotProps={{ root: { 'data-testid': `${testIdPrefix}-${i}` } }}
        >
          {post.preview}
        </Radio>
      ))}
    </FormItem>
  );
}

/** One line, at most `max` characters (an ellipsis marks the cut). */
export function shorten(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length <= max ? line : `${line.slice(0, max - 1)}…`;
}
