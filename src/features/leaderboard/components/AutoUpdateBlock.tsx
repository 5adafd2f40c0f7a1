// «Автообновление без открытого приложения»: the widget worker (docs/widget-worker.md) keeps the widget
// up to date from a machine or a cloud timer. Why, what it needs, and its two keys: read from VK only
// when the admin asks and confirms the warning, shown once in this block's state (never stored), gone
// when the admin hides them or leaves the screen.
import { Button, ButtonGroup, Div, FormStatus, Group, Header, Text } from '@vkontakte/vkui';
import { useState } from 'react';
import { copyText } from '../../../data/screen-actions';
import { readWorkerKeys, workerSettingsText } from '../../../data/leaderboard';
import { useServices } from '../../../shared/services';
import { widgetErrorText } from './errors';
import '../leaderboard.css';

type Step =
  | { kind: 'idle' }
  | { kind: 'warning' }
  | { kind: 'reading' }
  | { kind: 'shown'; settings: string; copied: boolean | null }
  | { kind: 'failed'; error: unknown };

export function AutoUpdateBlock({ groupId }: { groupId: number }) {
  const { tokens, bridge, launch } = useServices();
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  const reveal = async () => {
    setStep({ kind: 'reading' });
    try {
      const keys = await readWorkerKeys(tokens, groupId);
      setStep({
        kind: 'shown',
        settings: workerSettingsText({ groupId, appId: launch.appId, keys }),
        copied: null,
      });
    } catch (error) {
      setStep({ kind: 'failed', error });
    }
  };

  return (
    <Group
      header={<Header multiline>Автообновление без открытого приложения</Header>}
      data-testid="lb-autoupdate"
    >
      <Div>
        Пока рейтинг не открыт ни у кого из администраторов, таблица в сообществе не меняется. Чтобы она
        обновлялась сама, раз в минуту, нужна программа обновления виджета на компьютере, который всегда
        включён, или в облачном сервисе по расписанию.
      </Div>
      <Div>
        Что нужно: два ключа доступа — сообщества и ваш — и человек, который настроит запуск, например ваш
        системный администратор. Инструкция для него с готовыми настройками — в исходном коде приложения, файл
        docs/widget-worker.md.
      </Div>
      <KeysStep
        step={step}
        onAsk={() => setStep({ kind: 'warning' })}
        onConfirm={() => void reveal()}
        onCancel={() => setStep({ kind: 'idle' })}
        onCopy={(settings) =>
          void copyText(bridge, settings).then((copied) => setStep({ kind: 'shown', settings, copied }))
        }
      />
    </Group>
  );
}

function KeysStep({
  step,
  onAsk,
  onConfirm,
  onCancel,
  onCopy,
}: {
  step: Step;
  onAsk: () => void;
  onConfirm: () => void;
  onCancel: () => void;
  onCopy: (settings: string) => void;
}) {
  if (step.kind === 'warning' || step.kind === 'reading')
    return (
      <>
        <Div>
          <FormStatus mode="error" title="Ключи доступа — это пароли" data-testid="lb-autoupdate-warning">
            С ключом сообщества можно менять виджет и данные приложения в сообществе, с вашим — читать то же,
            что приложение читает от вашего имени. Передайте их только тому, кто настроит запуск, не
            пересылайте в общих чатах и не публикуйте.
          </FormStatus>
        </Div>
        <Div>
          <ButtonGroup mode="vertical" stretched gap="s">
            <Button
              size="l"
              stretched
              loading={step.kind === 'reading'}
              onClick={onConfirm}
              data-testid="lb-autoupdate-confirm"
            >
              Понятно, показать ключи
            </Button>
            <Button size="l" stretched mode="secondary" disabled={step.kind === 'reading'} onClick={onCancel}>
              Отмена
            </Button>
          </ButtonGroup>
        </Div>
      </>
    );
  if (step.kind === 'shown')
    return (
      <>
        <Div>
          <Text weight="2">Настройки программы обновления</Text>
          <Text className="lb-keys" data-testid="lb-autoupdate-keys">
            {step.settings}
          </Text>
          {step.copied === false && (
            <FormStatus title="Не удалось скопировать" data-testid="lb-autoupdate-copy-failed">
              Выделите текст выше и скопируйте его вручную.
            </FormStatus>
          )}
        </Div>
        <Div>
          <ButtonGroup mode="vertical" stretched gap="s">
            <Button size="l" stretched onClick={() => onCopy(step.settings)} data-testid="lb-autoupdate-copy">
              {step.copied ? 'Скопировано' : 'Скопировать настройки'}
            </Button>
            <Button size="l" stretched mode="secondary" onClick={onCancel} data-testid="lb-autoupdate-hide">
              Скрыть ключи
            </Button>
          </ButtonGroup>
        </Div>
      </>
    );
  return (
    <>
      {step.kind === 'failed' && <KeysError error={step.error} />}
      <Div>
        <Button size="l" stretched mode="secondary" onClick={onAsk} data-testid="lb-autoupdate-reveal">
          Показать ключи доступа
        </Button>
      </Div>
    </>
  );
}

function KeysError({ error }: { error: unknown }) {
  const { title, action } = widgetErrorText(error);
  return (
    <Div>
      <FormStatus mode="error" title={title} data-testid="lb-autoupdate-error">
        {action}
      </FormStatus>
    </Div>
  );
}
