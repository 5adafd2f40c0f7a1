// Loads the viewer's checklist live and runs the fixes: subscribe through VK's dialog, open the post
// in VK to like, repost or comment; each fix ends with a re-check.
import { Button, Link, Placeholder, Spinner } from '@vkontakte/vkui';
import { useCallback, useMemo, useState } from 'react';
import { useServices } from '../../../shared/services';
import { type ConditionStatus, type GiveawayTerms, type PostRef } from '../../../core/giveaway';
import { postUrl } from '../../../core/wall';
import { fetchMyStatus, type MyGiveawayStatus } from '../../../data/giveaway';
import { giveawayErrorText } from '../error-text';
import { joinGroup, openWallPost } from '../../../data/screen-actions';
import { useLoad } from '../../../shared/useLoad';
import { useAction } from '../../../shared/useAction';
import { useGroupNames } from '../../../shared/usePageInfo';
import { ChecklistView } from './ChecklistView';

export function MyChecklist({ terms, postRef }: { terms: GiveawayTerms; postRef: PostRef }) {
  const { api, bridge, launch } = useServices();
  const read = useCallback(
    () => fetchMyStatus(api, { terms, postRef, userId: launch.userId }),
    [api, terms, postRef, launch.userId],
  );
  const { state, reload, set } = useLoad<MyGiveawayStatus>(read);
  const partnerNames = useGroupNames(terms.conditions.partners);
  const { running: checking, error: checkError, run } = useAction();
  const [note, setNote] = useState<React.ReactNode>(null);
  const postLink = useMemo(
    () => (
      <Link href={postUrl(postRef)} target="_blank" rel="noreferrer">
        {postUrl(postRef)}
      </Link>
    ),
    [postRef],
  );

  // A failure keeps the last checklist on screen and says that the re-check failed.
  const recheck = () => run(async () => set(await read()));

  const fix = async (condition: ConditionStatus) => {
    setNote(null);
    if (condition.key === 'member' || condition.key === 'partner') {
      const groupId = condition.key === 'member' ? terms.groupId : (condition.partnerId ?? 0);
      const joined = await joinGroup(bridge, groupId);
      if (!joined)
        setNote(
          <>
            Подписка не оформлена. Можно подписаться на странице сообщества:{' '}
            <Link href={`https://vk.com/club${groupId}`} target="_blank" rel="noreferrer">
              vk.com/club{groupId}
            </Link>
            , затем нажмите «Проверить ещё раз».
          </>,
        );
    } else {
      const opened = await openWallPost(bridge, postRef);
      if (!opened) setNote(<>Откройте запись: {postLink} — и вернитесь, чтобы нажать «Проверить ещё раз».</>);
    }
    await recheck();
  };

  if (state.status === 'loading')
    return <Spinner size="m" aria-label="Проверяем ваши условия" data-testid="my-checklist-loading" />;
  if (state.status === 'error') {
    const { title, action } = giveawayErrorText(state.error);
    return (
      <Placeholder
        title={`Не удалось проверить условия: ${title.toLowerCase()}`}
        action={
          <Button size="m" onClick={reload} data-testid="my-recheck">
            Проверить ещё раз
          </Button>
        }
        data-testid="my-checklist-error"
      >
        {action}
      </Placeholder>
    );
  }
  const errorText = checkError === null ? null : giveawayErrorText(checkError);
  return (
    <ChecklistView
      status={state.value}
      partnerNames={partnerNames}
      checking={checking}
      note={
        errorText ? (
          <>
            Повторная проверка не удалась: {errorText.title.toLowerCase()}. {errorText.action}
            {note && <div>{note}</div>}
          </>
        ) : (
          note
        )
      }
      onFix={(condition) => void fix(condition)}
      onRecheck={() => void recheck()}
    />
  );
}
