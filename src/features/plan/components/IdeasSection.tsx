// What to post about: the sphere (the admin's pick or the guess from the page's name, shared with the
// poster screen), its ideas and the dates of the coming weeks that matter for it; each one tap from
// its draft.
import { Button, Div, FormItem, Group, Header, Radio, RadioGroup, SimpleCell } from '@vkontakte/vkui';
import { useState } from 'react';
import { datesAhead, dayMonthText, topicIdeas } from '../../../core/plan';
import { INSTITUTIONS, INSTITUTION_TYPES, type InstitutionType } from '../../../core/posters';
import type { PlanPublicationView } from '../usePlan';
import { TOPIC_KIND } from '../text';
import { DraftEditor } from './DraftEditor';

/** The dates ahead cover three weeks: enough to prepare a post, few enough to read on a phone. */
const DATES_AHEAD_DAYS = 21;

const BASIS: Record<'name' | 'activity' | 'default', string> = {
  name: 'Угадано по названию страницы.',
  activity: 'Угадано по тематике страницы ВКонтакте.',
  default: 'Название не подсказало сферу: выберите её сами.',
};

interface Props {
  groupId: number;
  view: PlanPublicationView;
  nextSlot: string | null;
  onPickSphere: (type: InstitutionType | null) => Promise<boolean>;
  onPosted: () => void;
}

export function IdeasSection({ groupId, view, nextSlot, onPickSphere, onPosted }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const [choosing, setChoosing] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const ideas = topicIdeas(view.sphere);
  const dates = datesAhead(view.sphere, view.today, DATES_AHEAD_DAYS);
  const toggle = (key: string) => setOpen((current) => (current === key ? null : key));
  const pick = (type: InstitutionType) => {
    // Picking the guessed type again returns to the guess (a later rename re-guesses).
    const choice = type === view.guess.type && view.guess.basis !== 'default' ? null : type;
    void onPickSphere(choice).then((saved) => setSaveFailed(!saved));
    setChoosing(false);
  };
  const item = (key: string, title: string, subtitle: string, draft: string) => (
    <div key={key}>
      <SimpleCell
        multiline
        chevron="always"
        subtitle={subtitle}
        onClick={() => toggle(key)}
        aria-expanded={open === key}
        data-testid={`plan-idea-${key}`}
      >
        {title}
      </SimpleCell>
      {open === key && (
        <DraftEditor
          groupId={groupId}
          draft={draft}
          nextSlot={nextSlot}
          onPosted={onPosted}
          testId="plan-draft"
        />
      )}
    </div>
  );
  return (
    <>
      <Group
        header={<Header multiline>О чём написать</Header>}
        data-testid="plan-ideas"
        data-sphere={view.sphere}
      >
        <Div className="plan-sphere">
          <span>
            Сфера: <b>{INSTITUTIONS[view.sphere].label}</b>.{' '}
            {view.overridden ? 'Выбрана вами.' : BASIS[view.guess.basis]}
          </span>
          <Button mode="link" onClick={() => setChoosing((v) => !v)} data-testid="plan-sphere-change">
            {choosing ? 'Скрыть' : 'Изменить'}
          </Button>
        </Div>
        {saveFailed && (
          <Div className="plan-note plan-muted" role="status">
            Не удалось сохранить выбор: он действует, пока открыт план.
          </Div>
        )}
        {choosing && (
          <FormItem top="Сфера учреждения" topMultiline>
            <RadioGroup aria-label="Сфера учреждения">
              {INSTITUTION_TYPES.map((type) => (
                <Radio
                  key={type}
                  name="plan-sphere"
                  value={type}
                  checked={type === view.sphere}
                  onChange={() => pick(type)}
                  slotProps={{ root: { 'data-testid': `plan-sphere-${type}` } }}
                >
                  {INSTITUTIONS[type].label}
                </Radio>
              ))}
            </RadioGroup>
          </FormItem>
        )}
        {ideas.map((idea) => item(idea.id, idea.title, TOPIC_KIND[idea.kind], idea.draft))}
      </Group>
      <Group header={<Header multiline>Даты ближайших трёх недель</Header>} data-testid="plan-dates">
        {dates.length === 0 ? (
          <Div className="plan-muted">В ближайшие три недели нет памятных дат для этой сферы.</Div>
        ) : (
          dates.map((date) => item(`date-${date.id}`, date.title, dayMonthText(date.date), date.draft))
        )}
      </Group>
    </>
  );
}
