import { AppRoot } from '@vkontakte/vkui';
import { LaunchParamsError } from '../vk/launch-params';

/** Shown when the app cannot even start (e.g. VK sent malformed launch params). */
export function FatalError({ error }: { error: unknown }) {
  const launch = error instanceof LaunchParamsError;
  return (
    <AppRoot>
      <main style={{ padding: 24, fontFamily: 'system-ui, sans-serif' }}>
        <div role="alert">
          <h1 style={{ fontSize: 20 }}>Приложение не запустилось</h1>
          <p>
            {launch
              ? 'ВКонтакте передал приложению неполные параметры запуска. Закройте приложение и откройте его снова из меню сообщества.'
              : 'Произошла непредвиденная ошибка. Обновите страницу; если не поможет — откройте приложение заново.'}
          </p>
          {launch && <p style={{ opacity: 0.7 }}>{error.problems.join('; ')}</p>}
        </div>
      </main>
    </AppRoot>
  );
}
