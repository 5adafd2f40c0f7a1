import { AppRoot, CellButton } from '@vkontakte/vkui';
import { ChunkLoadError, describeScreenError } from '../shared/ScreenBoundary';
import { LaunchParamsError } from '../vk/launch-params';

/** Shown when the app cannot even start (e.g. VK sent malformed launch params, or a chunk failed). */
export function FatalError({ error }: { error: unknown }) {
  const launch = error instanceof LaunchParamsError;
  return (
    <AppRoot>
      <main style={{ padding: 24, fontFamily: 'system-ui, sans-serif' }}>
        <div role="alert">
          <h1 style={{ fontSize: 20 }}>Приложение не запустилось</h1>
          <p>
            {launch
              ? LAUNCH_TEXT
              : error instanceof ChunkLoadError
                ? describeScreenError(error).action
                : OTHER_TEXT}
          </p>
          {launch && <p style={{ opacity: 0.7 }}>{error.problems.join('; ')}</p>}
        </div>
        {!launch && (
          <CellButton centered onClick={() => window.location.reload()} data-testid="fatal-retry">
            Повторить
          </CellButton>
        )}
      </main>
    </AppRoot>
  );
}

const LAUNCH_TEXT =
  'ВКонтакте передал приложению неполные параметры запуска. Закройте приложение и откройте его снова из меню сообщества.';
const OTHER_TEXT =
  'Произошла непредвиденная ошибка. Нажмите «Повторить»; если не поможет — закройте приложение и откройте его заново.';
