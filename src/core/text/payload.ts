// The JSON payloads of the published machine lines (QZD1, QZR1): base64url of UTF-8 JSON.
import { fromBase64Url, toBase64Url } from './base64url';

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/** base64url of the JSON's UTF-8. */
export function jsonPayload(value: unknown): string {
  return toBase64Url(encoder.encode(JSON.stringify(value)));
}

/** The JSON value, or undefined when the payload is not base64url of UTF-8 JSON. */
export function parsePayload(payload: string): unknown {
  try {
    return JSON.parse(strictDecoder.decode(fromBase64Url(payload)));
  } catch {
    return undefined;
  }
}
