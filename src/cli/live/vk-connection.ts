// How the live CLIs reach VK: VK's API over HTTPS through the app's own adapter (batching, retries,
// per-second pacing), or the base URL in PULSE_VK_API_BASE (tests and `npm run demo:api`) — only
// https://, or plain http on this machine, since the tokens travel there.
import { createVkApi, type VkApi } from '../../vk/api-client';
import { systemClock } from '../../vk/clock';
import { createHttpTransport } from '../../vk/http-transport';
import type { TokenProvider } from '../../vk/tokens';

/** The API base URL instead of VK's (docs/report-cli.md): tests and `npm run demo:api` on localhost. */
export const API_BASE_ENV = 'PULSE_VK_API_BASE';

export function connectVk(
  env: Readonly<Record<string, string | undefined>>,
  tokens: TokenProvider,
): { ok: true; api: VkApi } | { ok: false; error: string } {
  const baseUrl = env[API_BASE_ENV] || undefined;
  if (baseUrl !== undefined && !isSafeApiBase(baseUrl)) {
    return {
      ok: false,
      error: `${API_BASE_ENV} must be an https:// URL or http://127.0.0.1 / http://localhost (tests)`,
    };
  }
  const transport = createHttpTransport({ baseUrl });
  return { ok: true, api: createVkApi({ transport, tokens, clock: systemClock }) };
}

function isSafeApiBase(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'https:') return true;
    return parsed.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
  } catch {
    return false;
  }
}
