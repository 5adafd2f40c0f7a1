// The organiser's view of one giveaway: the terms, then what to do now, driven by the phase —
// publish the announcement and bind it, wait for the draw, draw, finish publishing, see the result.
import { Div, FormStatus, Group, Header, SimpleCell } from '@vkontakte/vkui';
import { useMemo } from 'react';
import { useServices } from '../../shared/services';
import { announcementText, giveawayLink, type PostRef } from '../../core/giveaway';
import {
  bindPost,
  createGiveawayStore,
  drawGiveaway,
  phaseOf,
  type DrawProgress,
  type GiveawayDeps,
  type GiveawayRecord,
} from '../../data/giveaway';
import { giveawayErrorText } from './error-text';
import { TermsSummary } from './components/TermsSummary';
import { AdminResult } from './components/AdminResult';
import { LiveCheck } from './components/LiveCheck';
import { durationText, shortHash } from './text';
import { useNow } from '../../shared/useLoad';
import { useAction } from '../../shared/useAction';
import { useGroupNames } from '../../shared/usePageInfo';
import { PublishThenBind } from '../../shared/PublishThenBind';
import { StageProgress } from './components/StageProgress';
import { RunButton } from '../../shared/RunButton';

interface Props {
  deps: GiveawayDeps;
  record: GiveawayRecord;
  timeZone: string;
  /** The record changed (bound, drawn): the panel's address may gain the post. */
  onChange: (record: GiveawayRecord) => void;
  onVerify: (postRef: PostRef) => void;
}

export function AdminGiveaway({ deps, record, timeZone, onChange, onVerify }: Props) {
  const { clock } = useServices();
  const now = useNow(clock);
  const phase = phaseOf(record, now);
  return (
    <div data-testid="giveaway-admin" data-phase={phase} data-post-ref={record.postRef ?? undefined}>
      <TermsSummary terms={record.terms} postRef={record.postRef} timeZone={timeZone} />
      {phase === 'draft' && (
        <DraftBlock deps={deps} record={record} timeZone={timeZone} onChange={onChange} />
      )}
      {phase === 'open' && (
        <>
          <LiveCheck deps={deps} record={record} timeZone={timeZone} />
          <OpenBlock record={record} now={now} />
        </>
      )}
      {(phase === 'due' || phase === 'publishing') && (
        <DrawBlock deps={deps} record={record} resume={phase === 'publishing'} onChange={onChange} />
      )}
      {phase === 'done' && record.result && record.postRef && (
        <AdminResult
          deps={deps}
          record={record}
          result={record.result}
          postRef={record.postRef}
          timeZone={timeZone}
          onChange={onChange}
          onVerify={() => onVerify(record.postRef!)}
        />
      )}
      {record.blacklist.length > 0 && (
        <Group>
          <Div>Исключено вами лично: {record.blacklist.length}. Этот список не публикуется.</Div>
        </Group>
      )}
    </div>
  );
}

/** Not bound yet: the announcement to publish, then the published post's link. */
function DraftBlock({
  deps,
  record,
  timeZone,
  onChange,
}: {
  deps: GiveawayDeps;
  record: GiveawayRecord;
  timeZone: string;
  onChange: (record: GiveawayRecord) => void;
}) {
  const { terms } = record;
  const pageNames = useGroupNames(useMemo(() => [terms.groupId], [terms.groupId]));
  const text = announcementText({
    terms,
    commitment: record.commitment,
    link: giveawayLink(deps.appId, terms.groupId, terms.id, null),
    pageName: pageNames.get(terms.groupId) ?? '',
    timeZone,
  });
  const {
    running: busy,
    error,
    run,
  } = useAction({
    onError: async () => {
      // bindPost saves the post before publishing the code: show what was kept.
      const stored = await createGiveawayStore(deps.storage)
        .get(terms.id)
        .catch(() => null);
      if (stored && stored.postRef !== record.postRef) onChange(stored);
    },
  });
  const bind = (ref: PostRef) => run(async () => onChange(await bindPost(deps, record, ref)));
  return (
    <PublishThenBind
      testId="giveaway"
      title="Шаг 1. Опубликуйте анонс"
      postRef={record.postRef}
      intro="ВКонтакте не даёт приложениям публиковать записи: скопируйте текст и опубликуйте его на стене сообщества. В тексте — ссылка на розыгрыш, по ней подписчики проверят свои условия, и код честности."
      text={text}
      textLabel="Текст анонса"
      textTestId="giveaway-announcement"
      textRows={8}
      pending={
        <Div>
          Запись указана, но код честности ещё не опубликован под ней. Опубликуйте его — после этого розыгрыш
          начнётся.
        </Div>
      }
      linkLabel="Ссылка на запись с анонсом"
      linkHint="Под ней сообщество опубликует код честности. Укажите запись сразу: если в ней нет кода честности из анонса или её правили, код должен появиться не позже чем через 30 минут после публикации записи."
      // Short enough for a phone's button: the link field above says which post it binds.
      bindLabel="Опубликовать код честности"
      error={error === null ? null : giveawayErrorText(error)}
      busy={busy}
      onBind={(ref) => void bind(ref)}
    />
  );
}

/** Entries open: the commitment is public, the draw is ahead. */
function OpenBlock({ record, now }: { record: GiveawayRecord; now: number }) {
  return (
    <Group header={<Header multiline>Код честности опубликован</Header>} data-testid="giveaway-open">
      <SimpleCell multiline subtitle="Зашифрованный отпечаток секрета — под записью, от имени сообщества">
        <code data-testid="giveaway-commitment" title={record.commitment}>
          {shortHash(record.commitment)}
        </code>
      </SimpleCell>
      <SimpleCell multiline subtitle="До итогов" data-testid="giveaway-time-left">
        {durationText(record.terms.drawAt - now)}
      </SimpleCell>
      <Div>
        Секрет хранится в сообществе и откроется вместе с итогами. Подвести их можно будет здесь, когда
        наступит время розыгрыша.
      </Div>
    </Group>
  );
}

/** Due (or drawn but not fully published): draw with progress, resume publishing after a failure. */
function DrawBlock({
  deps,
  record,
  resume,
  onChange,
}: {
  deps: GiveawayDeps;
  record: GiveawayRecord;
  resume: boolean;
  onChange: (record: GiveawayRecord) => void;
}) {
  const action = useAction<DrawProgress>({
    onError: async () => {
      // The result is saved before publishing: after a failure the record resumes from the store.
      const stored = await createGiveawayStore(deps.storage)
        .get(record.terms.id)
        .catch(() => null);
      if (stored) onChange(stored);
    },
  });
  const { running, error, progress } = action;
  const run = () => action.run(async (onProgress) => onChange(await drawGiveaway(deps, record, onProgress)));
  const errorText = error === null ? null : giveawayErrorText(error);
  const result = record.result;

  return (
    <Group
      header={
        <Header multiline>
          {resume ? 'Итоги подведены, публикация не закончена' : 'Пора подвести итоги'}
        </Header>
      }
      data-testid="giveaway-due"
    >
      <Div>
        {resume && result
          ? `Победители уже определены (участников: ${result.participantsCount}); опубликовано частей списка: ${result.listRepliesPosted} из ${result.listRepliesTotal}. Продолжение не меняет итогов.`
          : 'Приложение соберёт участников, оставит выполнивших условия, определит победителей из секрета и опубликует итоги с полным списком в комментариях.'}
      </Div>
      <StageProgress running={running} progress={progress} label="Ход розыгрыша" testId="giveaway-progress" />
      {errorText && (
        <FormStatus mode="error" title={errorText.title} data-testid="giveaway-draw-error">
          {errorText.action} Уже сделанное сохранено: повтор продолжит с того же места.
        </FormStatus>
      )}
      <RunButton running={running} onClick={() => void run()} testId="giveaway-draw">
        {resume ? 'Продолжить публикацию' : 'Подвести итоги'}
      </RunButton>
    </Group>
  );
}
