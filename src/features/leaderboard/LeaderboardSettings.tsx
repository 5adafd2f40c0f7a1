// The rating's settings for admins: points per action and the period (saved in the page's community
// storage, so every admin and every subscriber sees the same rules), the community widget, and its
// updates without the app open (the widget worker).
import { useCallback, useState } from 'react';
import { useServices } from '../../shared/services';
import { periodOf, type LeaderboardSettings as Settings } from '../../data/leaderboard';
import { LoadView } from '../../shared/LoadView';
import { byZone } from '../../shared/time-zone-words';
import { useLoad } from '../../shared/useLoad';
import { useAction } from '../../shared/useAction';
import { usePageTimeZone } from '../../shared/usePageInfo';
import { describeVkError } from '../../shared/vk-error-text';
import { renderLeaderboardError } from './components/errors';
import { SettingsFormView } from './components/SettingsFormView';
import { AutoUpdateBlock } from './components/AutoUpdateBlock';
import { WidgetBlock } from './components/WidgetBlock';
import { checkSettingsForm, formFromSettings, type SettingsErrors, type SettingsForm } from './form';
import { useSettingsStore } from './useLeaderboard';

interface Props {
  groupId: number;
  onSaved: () => void;
}

export function LeaderboardSettings({ groupId, onSaved }: Props) {
  const timeZone = usePageTimeZone(groupId);
  const store = useSettingsStore(groupId);
  const read = useCallback(() => store.get(), [store]);
  const load = useLoad(read);
  return (
    <LoadView
      load={load}
      loadingLabel="Загружаем настройки рейтинга"
      loadingTestId="lb-settings-loading"
      renderError={renderLeaderboardError}
    >
      {(settings) => (
        <>
          <SettingsEditor
            // A zone read later (VK Storage) re-reads the custom dates in it.
            key={timeZone}
            settings={settings}
            timeZone={timeZone}
            onSave={async (next) => {
              // The widget's state may have changed meanwhile (the refresher): keep the stored one.
              const fresh = await store.get();
              const saved = { ...next, widget: fresh.widget };
              await store.save(saved);
              load.set(saved);
              onSaved();
            }}
          />
          <WidgetBlock groupId={groupId} timeZone={timeZone} store={store} widget={settings.widget} />
          <AutoUpdateBlock groupId={groupId} />
        </>
      )}
    </LoadView>
  );
}

function SettingsEditor({
  settings,
  timeZone,
  onSave,
}: {
  settings: Settings;
  timeZone: string;
  onSave: (settings: Settings) => Promise<void>;
}) {
  const { clock } = useServices();
  const [form, setForm] = useState<SettingsForm>(() => formFromSettings(settings, timeZone));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const { running: saving, error: saveError, run, setError: setSaveError } = useAction();
  const now = Math.floor(clock.now() / 1000);
  const check = checkSettingsForm(form, timeZone);
  const preview =
    form.period === 'custom'
      ? check.ok && check.custom
        ? { period: check.custom, timeZone }
        : null
      : { period: periodOf({ ...settings, period: form.period }, now, timeZone), timeZone };

  const save = async () => {
    setSaveError(null);
    if (!check.ok) {
      setErrors(check.errors);
      return;
    }
    setErrors({});
    const next = {
      ...settings,
      points: check.points,
      period: check.period,
      custom: check.custom ?? settings.custom,
    };
    await run(() => onSave(next));
  };

  return (
    <SettingsFormView
      form={form}
      errors={errors}
      zoneNote={`Даты — ${byZone(now, timeZone)}.`}
      preview={preview}
      saving={saving}
      saveProblem={saveError === null ? null : describeVkError(saveError)}
      onChange={(patch) => {
        setForm((current) => ({ ...current, ...patch }));
        // A corrected field drops its message; the others stay until the next save.
        setErrors((current) => {
          const next = { ...current };
          for (const key of Object.keys(patch)) {
            if (key === 'customFrom' || key === 'customTo' || key === 'period') delete next.custom;
            else delete next[key as keyof SettingsErrors];
          }
          if ('like' in patch || 'comment' in patch || 'repost' in patch) delete next.points;
          return next;
        });
      }}
      onSave={() => void save()}
    />
  );
}
