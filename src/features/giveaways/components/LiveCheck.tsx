// «Сейчас выполняют условия»: before the draw the organiser counts, on request, who would take part
// if the draw were now, with the funnel. Each check reads the post's likes, comments and
// subscriptions again (the draw's gather), so it runs only on the button.
import { Div, FormStatus, Group, Header, SimpleCell, Title } from '@vkontakte/vkui';
import { useState } from 'react';
import {
  checkConditionsNow,
  type ConditionsNow,
  type GatherProgress,
  type GiveawayDeps,
  type GiveawayRecord,
} from '../../../data/giveaway';
import { formatDateTime } from '../../../shared/format';
import { useAction } from '../../../shared/useAction';
import { giveawayErrorText } from '../error-text';
import { peopleText } from '../text';
import { FunnelView } from './FunnelView';
import { StageProgress } from './StageProgress';
import { RunButton } from '../../../shared/RunButton';

export function LiveCheck({
  deps,
  record,
  timeZone,
}: {
  deps: GiveawayDeps;
  record: GiveawayRecord;
  timeZone: string;
}) {
  const [checked, setChecked] = useState<ConditionsNow | null>(null);
  /** Checks finished (succeeded or failed), for tests to wait on. */
  const [checks, setChecks] = useState(0);
  const action = useAction<GatherProgress>();
  const { running, error, progress } = action;
  const run = () =>
    action.run(async (onProgress) => {
      try {
        setChecked(await checkConditionsNow(deps, record, onProgress));
      } finally {
        setChecks((n) => n + 1);
      }
    });
  const errorText = error === null ? null : giveawayErrorText(error);
  return (
    <Group
      header={<Header multiline>Сейчас выполняют условия</Header>}
      data-testid="giveaway-live"
      data-checks={checks}
    >
      {checked ? (
        <>
          <SimpleCell
            multiline
            subtitle={`Проверено ${formatDateTime(checked.checkedAt, timeZone)}: столько участников было бы, если подвести итоги сейчас`}
            data-testid="giveaway-live-count"
            data-count={checked.funnel.participants}
          >
            <Title level="2" Component="span">
              {peopleText(checked.funnel.participants)}
            </Title>
          </SimpleCell>
          <FunnelView
            funnel={checked.funnel}
            conditions={record.terms.conditions}
            testId="giveaway-live-funnel"
          />
        </>
      ) : (
        <Div>
          Проверка заново читает лайки, комментарии и подписки под записью, поэтому запускается только по
          кнопке. На популярной записи она займёт время.
        </Div>
      )}
      <StageProgress
        running={running}
        progress={progress}
        label="Ход проверки"
        testId="giveaway-live-progress"
      />
      {errorText && (
        <FormStatus mode="error" title={errorText.title} data-testid="giveaway-live-error">
          {errorText.action} Проверку можно повторить — на сам розыгрыш она не влияет.
        </FormStatus>
      )}
      <RunButton
        running={running}
        secondary={checked !== null}
        onClick={() => void run()}
        testId="giveaway-live-check"
      >
        {checked || errorText ? 'Проверить ещё раз' : 'Проверить сейчас'}
      </RunButton>
    </Group>
  );
}
