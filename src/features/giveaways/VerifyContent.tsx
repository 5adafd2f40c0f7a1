// «Проверить честность»: anyone re-checks the published draw from the community's own comments —
// the secret against the code published in advance, the timing, the list against its hash and
// count, the winners recomputed — and can rebuild today's list to see how much it changed.
import { Button, Div, FormStatus, Group, Header, SimpleCell } from '@vkontakte/vkui';
import { useCallback, useMemo, useState } from 'react';
import { useServices } from '../../shared/services';
import { isGiveawayId, verifyPublished, type DrawVerification, type PostRef } from '../../core/giveaway';
import {
  findPublishedGiveaway,
  publishedDrawInput,
  rebuildToday,
  type GatherProgress,
  type PublishedGiveaway,
  type RebuildReport,
} from '../../data/giveaway';
import { giveawayErrorText } from './error-text';
import { formatDateTime } from '../../shared/format';
import { StatusMark } from '../../shared/StatusMark';
import { NotFound } from './ParticipantGiveaway';
import { CHECK_NAMES, checkExplanation, checkVerdict, dateWords, rebuildSummary, shortHash } from './text';
import { useLoad } from '../../shared/useLoad';
import { useAction } from '../../shared/useAction';
import { usePageTimeZone } from '../../shared/usePageInfo';
import { LoadView } from '../../shared/LoadView';
import { CheckDetail, ForCheckers } from './components/ForCheckers';
import { GiveawayErrorBlock } from './components/GiveawayErrorBlock';
import './verify.css';
import { StageProgress } from './components/StageProgress';

interface Props {
  groupId: number | null;
  id: string;
  postRef: PostRef | null;
}

export function VerifyContent({ groupId, id, postRef }: Props) {
  const { api, clock } = useServices();
  const timeZone = usePageTimeZone(groupId);
  const read = useCallback(
    () =>
      groupId === null || !isGiveawayId(id)
        ? Promise.resolve(null)
        : findPublishedGiveaway(api, { groupId, id, postRef }, { now: Math.floor(clock.now() / 1000) }),
    [api, clock, groupId, id, postRef],
  );
  const load = useLoad(read);
  return (
    <LoadView
      load={load}
      loadingLabel="Читаем опубликованные итоги"
      loadingTestId="verify-loading"
      renderError={(error, retry) => <GiveawayErrorBlock error={error} onRetry={retry} />}
    >
      {(published) =>
        published === null ? (
          <NotFound onRetry={load.reload} />
        ) : (
          <Verification published={published} timeZone={timeZone} />
        )
      }
    </LoadView>
  );
}

function Verification({ published, timeZone }: { published: PublishedGiveaway; timeZone: string }) {
  const { terms, result } = published;
  const verification = useMemo((): DrawVerification | null => {
    const input = publishedDrawInput(published);
    return input && verifyPublished(input);
  }, [published]);
  const dates = dateWords(
    {
      announcedAt: published.announcedAt,
      committedAt: published.committedAt,
      shownByPost: published.shownByPost,
      drawAt: terms.drawAt,
      publishedAt: result?.publishedAt ?? null,
    },
    timeZone,
  );

  return (
    <div data-testid="verify-screen">
      <Group header={<Header multiline>Код честности</Header>}>
        <SimpleCell multiline subtitle="Опубликован сообществом под записью">
          <code title={published.commitment} data-testid="verify-commitment">
            {shortHash(published.commitment)}
          </code>
        </SimpleCell>
        <Div>
          Вместе с розыгрышем сообщество опубликовало зашифрованный отпечаток секретного числа — код
          честности. Изменить секрет после этого нельзя: другой секрет дал бы другой код. Код должен появиться
          не позже чем через 30 минут после записи, пока участников ещё нет, — тогда секрет нельзя подобрать
          под них.
        </Div>
        <Div data-testid="verify-dates" className="verify-dates">
          <p data-testid="verify-dates-commitment">{dates.commitment}</p>
          {dates.result && <p data-testid="verify-dates-result">{dates.result}</p>}
        </Div>
        <ForCheckers commitment={published.commitment} postRef={published.postRef} />
      </Group>
      {verification === null || !result ? (
        <Group>
          <Div data-testid="verify-not-drawn">
            Итоги ещё не подведены (розыгрыш {formatDateTime(terms.drawAt, timeZone)}). После них здесь можно
            будет проверить секрет, список участников и победителей.
          </Div>
        </Group>
      ) : (
        <>
          <Group
            header={<Header multiline>Проверки</Header>}
            data-testid="verify-checks"
            data-valid={verification.valid ? 'true' : 'false'}
          >
            <Div>
              <StatusMark tone={verification.valid ? 'ok' : 'bad'}>
                {verification.valid
                  ? 'Всё сходится: итоги получены из опубликованных данных по открытому алгоритму.'
                  : 'Не всё удалось подтвердить — подробности ниже.'}
              </StatusMark>
            </Div>
            {verification.checks.map((check) => (
              <SimpleCell
                key={check.key}
                multiline
                data-testid={`verify-check-${check.key}`}
                data-ok={check.ok === null ? 'unknown' : String(check.ok)}
                subtitle={checkExplanation(check)}
                extraSubtitle={check.detail && <CheckDetail detail={check.detail} />}
              >
                <StatusMark tone={check.ok === null ? 'unknown' : check.ok ? 'ok' : 'bad'}>
                  {CHECK_NAMES[check.key]}: {checkVerdict(check.ok)}
                </StatusMark>
              </SimpleCell>
            ))}
            {result.listProblem && (
              <FormStatus
                mode="error"
                title="Список участников прочитан не полностью"
                data-testid="verify-list-problem"
              >
                {result.listProblem}
              </FormStatus>
            )}
          </Group>
          <Rebuild published={published} />
        </>
      )}
    </div>
  );
}

function Rebuild({ published }: { published: PublishedGiveaway }) {
  const { api } = useServices();
  const [report, setReport] = useState<RebuildReport | null>(null);
  const action = useAction<GatherProgress>();
  const { running, error, progress } = action;
  const run = () =>
    action.run(async (onProgress) => setReport(await rebuildToday(api, published, onProgress)));
  const errorText = error === null ? null : giveawayErrorText(error);
  const publishedCount = published.result?.participantsCount ?? 0;
  return (
    <Group header={<Header multiline>Список сегодня</Header>}>
      <Div>
        Приложение заново соберёт тех, кто сегодня выполняет условия, и сравнит с опубликованным списком.
        Расхождения нормальны: кто-то отписался или удалил лайк после итогов, кто-то присоединился позже.
      </Div>
      <StageProgress
        running={running}
        progress={progress}
        label="Сбор списка"
        testId="verify-rebuild-progress"
      />
      {report && (
        <Div data-testid="verify-rebuild-result">
          {rebuildSummary(publishedCount, report)}
          <p>
            Честная оговорка: личный чёрный список организатора и состав руководителей сообщества не
            публикуются, поэтому пересборка их не учитывает — такие люди попадут в «добавились». Итоги
            проверяются по опубликованному списку, а не по сегодняшнему.
          </p>
        </Div>
      )}
      {errorText && (
        <FormStatus mode="error" title={errorText.title} data-testid="verify-rebuild-error">
          {errorText.action}
        </FormStatus>
      )}
      <Div>
        <Button
          size="m"
          mode="secondary"
          loading={running}
          disabled={running}
          onClick={() => void run()}
          data-testid="verify-rebuild"
        >
          Собрать список заново
        </Button>
      </Div>
    </Group>
  );
}
