// Screen names mentioned in comments (@name, *name) → the user they name, or null (a community,
// an app, or nobody). One utils.resolveScreenName per distinct name, all issued at once so they
// share execute requests.
import { parseMentions } from '../../core/text';
import type { WallComment } from '../../core/wall';
import type { VkApi } from '../../vk/api-client';
import { resolveScreenNameResponse } from '../../vk/wire-users';

export function screenNamesIn(comments: readonly WallComment[]): string[] {
  const names = new Set<string>();
  for (const c of comments) for (const name of parseMentions(c.text).screenNames) names.add(name);
  return [...names];
}

export async function resolveScreenNames(
  api: VkApi,
  names: readonly string[],
): Promise<Map<string, number | null>> {
  const resolved = await Promise.all(
    names.map(async (name) => {
      const answer = await api.call({
        method: 'utils.resolveScreenName',
        params: { screen_name: name },
        schema: resolveScreenNameResponse,
      });
      const userId = !Array.isArray(answer) && answer.type === 'user' ? (answer.object_id ?? null) : null;
      return [name, userId] as const;
    }),
  );
  return new Map(resolved);
}
