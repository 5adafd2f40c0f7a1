// How the people who reacted to the giveaway post thinned out to the participants: one row per
// condition with who is still in and who dropped out there, then the exclusions (the participants
// themselves are the screen's headline). Every number is the core funnel's (core/giveaway/funnel.ts).
import { SimpleCell } from '@vkontakte/vkui';
import { useMemo } from 'react';
import { excludedTotal, type GiveawayConditions, type GiveawayFunnel } from '../../../core/giveaway';
import { formatInt } from '../../../shared/format';
import { useGroupNames } from '../../../shared/usePageInfo';
import { excludedText, funnelStepText } from '../text';

/** Who was checked, in words: the actions that put a person on the list. */
function checkedSubtitle(conditions: GiveawayConditions): string {
  const did = [
    conditions.like ? 'поставил лайк' : null,
    conditions.repost ? 'сделал репост' : null,
    conditions.minTags !== null ? 'прокомментировал запись' : null,
  ].filter((x): x is string => x !== null);
  if (did.length === 0)
    return conditions.member ? 'все подписчики сообщества' : 'подписчики сообществ-партнёров';
  const last = did.pop()!;
  return `все, кто ${did.length > 0 ? `${did.join(', ')} или ${last}` : last}`;
}

/** Nobody to check yet: what is missing, in words («под записью нет ни лайков, ни комментариев»). */
function nobodyText(conditions: GiveawayConditions): string {
  const none = [
    conditions.like ? 'лайков' : null,
    conditions.repost ? 'репостов' : null,
    conditions.minTags !== null ? 'комментариев' : null,
  ].filter((x): x is string => x !== null);
  if (none.length === 0) return 'Пока никого: подходящих подписчиков нет.';
  return none.length === 1
    ? `Пока никого: под записью нет ${none[0]}.`
    : `Пока никого: под записью нет ни ${none.join(', ни ')}.`;
}

export function FunnelView({
  funnel,
  conditions,
  testId,
}: {
  funnel: GiveawayFunnel;
  conditions: GiveawayConditions;
  testId: string;
}) {
  const partnerIds = useMemo(() => funnel.steps.flatMap((s) => (s.partnerId ? [s.partnerId] : [])), [funnel]);
  const partnerNames = useGroupNames(partnerIds);
  const excluded = excludedTotal(funnel);
  const number = (n: number) => (
    <span style={{ fontVariantNumeric: 'tabular-nums', color: 'var(--vkui--color_text_primary)' }}>
      {formatInt(n)}
    </span>
  );
  if (funnel.checked === 0)
    return (
      <SimpleCell multiline data-testid={testId} data-participants={0}>
        {nobodyText(conditions)}
      </SimpleCell>
    );
  return (
    <div data-testid={testId} data-participants={funnel.participants}>
      <SimpleCell
        multiline
        subtitle={checkedSubtitle(conditions)}
        after={number(funnel.checked)}
        data-testid={`${testId}-checked`}
        data-count={funnel.checked}
      >
        Проверено
      </SimpleCell>
      {funnel.steps.map((step, i) => {
        const { label, dropped } = funnelStepText(step, i === 0, partnerNames);
        return (
          <SimpleCell
            key={`${step.key}-${step.partnerId ?? ''}`}
            multiline
            subtitle={step.failed > 0 ? dropped : undefined}
            after={number(step.passed)}
            data-testid={`${testId}-step-${step.key}${step.partnerId ? `-${step.partnerId}` : ''}`}
            data-count={step.passed}
            data-failed={step.failed}
          >
            {label}
          </SimpleCell>
        );
      })}
      {excluded > 0 && (
        <SimpleCell
          multiline
          subtitle={excludedText(funnel.excluded)}
          after={number(excluded)}
          data-testid={`${testId}-excluded`}
          data-count={excluded}
        >
          Не могут выиграть
        </SimpleCell>
      )}
    </div>
  );
}
