import { describe, expect, it } from 'vitest';
import type { BridgeLike } from '../../../src/vk/bridge-like';
import {
  addAppToCommunity,
  copyText,
  downloadViaBridge,
  needsBridgeDownload,
} from '../../../src/vk/community-actions';

/** A bridge that answers each method from a table (a function may throw to reject). */
function bridgeOf(answers: Record<string, (props: Record<string, unknown> | undefined) => unknown>) {
  const sent: Array<[string, Record<string, unknown> | undefined]> = [];
  const bridge: BridgeLike = {
    async send(method, props) {
      sent.push([method, props]);
      const answer = answers[method];
      if (!answer)
        throw { error_type: 'client_error', error_data: { error_code: 6, error_reason: 'Unsupported' } };
      return answer(props);
    },
    subscribe: () => undefined,
    unsubscribe: () => undefined,
  };
  return { bridge, sent };
}

describe('bridge actions for the supervisor', () => {
  it('returns the community the app was added to, or null when the dialog is closed', async () => {
    expect(
      await addAppToCommunity(bridgeOf({ VKWebAppAddToCommunity: () => ({ group_id: 42 }) }).bridge),
    ).toBe(42);
    const closed = bridgeOf({
      VKWebAppAddToCommunity: () => {
        throw { error_type: 'client_error', error_data: { error_code: 4, error_reason: 'User denied' } };
      },
    });
    expect(await addAppToCommunity(closed.bridge)).toBeNull();
  });

  it('copies text and reports a refusal', async () => {
    const ok = bridgeOf({ VKWebAppCopyText: () => ({ result: true }) });
    expect(await copyText(ok.bridge, 'текст')).toBe(true);
    expect(ok.sent).toEqual([['VKWebAppCopyText', { text: 'текст' }]]);
    expect(await copyText(bridgeOf({}).bridge, 'текст')).toBe(false);
  });

  it('uses the bridge download only on the native clients, and reports a refusal', async () => {
    expect(needsBridgeDownload('mobile_android')).toBe(true);
    expect(needsBridgeDownload('mobile_iphone')).toBe(true);
    expect(needsBridgeDownload('desktop_web')).toBe(false);
    expect(needsBridgeDownload('mobile_web')).toBe(false);
    const ok = bridgeOf({ VKWebAppDownloadFile: () => ({ result: true }) });
    expect(await downloadViaBridge(ok.bridge, 'data:text/csv;base64,AAA=', 'a.csv')).toBe(true);
    expect(ok.sent[0]).toEqual([
      'VKWebAppDownloadFile',
      { url: 'data:text/csv;base64,AAA=', filename: 'a.csv' },
    ]);
    expect(await downloadViaBridge(bridgeOf({}).bridge, 'data:,', 'a.csv')).toBe(false);
  });
});
