// VKWebAppOpenWallPost: VK's post window over the app, where the viewer likes, shares and comments
// as on VK (comments go through wall.createComment like the app's own).
import { VK_COMMENTS_CLOSED, kindOfCode } from '../vk/errors';
import { invalidParams, type BridgeHandlers } from './bridge-errors';
import { API_VERSION, documentBody, type BridgeContext } from './bridge-context';
import { commentCount, likeCount, repostCount } from './crowd';
import { FakeNetworkError } from './fake-api';
import { postPictureUrl } from './photos';
import { showPostWindow, type PostWindowControls } from './post-window';
import { addRepost, hasLiked, hasReposted, publishedPost, setLike } from './session';
import type { DemoPost } from './world';

/** What the post window says when VK refuses a comment. */
function commentError(code: number): string {
  if (code === VK_COMMENTS_CLOSED) return 'Комментарии к этой записи закрыты.';
  switch (kindOfCode(code)) {
    case 'flood':
      return 'Такой комментарий уже отправлен только что. Подождите минуту.';
    case 'access-denied':
      return 'Нет доступа: комментировать могут только участники сообщества.';
    case 'too-many-requests':
      return 'Слишком много запросов. Попробуйте ещё раз через секунду.';
    default:
      return `Не удалось отправить комментарий (ошибка VK ${code}).`;
  }
}

/** The post window's actions, as the viewer. */
function postControls({ world, api, userId }: BridgeContext, post: DemoPost): PostWindowControls {
  return {
    view: () => {
      const origin = post.copyOf ? publishedPost(world, post.copyOf.ownerId, post.copyOf.id) : null;
      return {
        title: world.pageById.get(-post.ownerId)?.name ?? 'Запись',
        text: origin ? [post.text, `Репост: ${origin.text}`].filter(Boolean).join('\n\n') : post.text,
        photo: postPictureUrl(world, origin ?? post),
        likes: likeCount(world, post),
        reposts: repostCount(world, post),
        comments: commentCount(world, post),
        liked: hasLiked(world, post, userId),
        reposted: hasReposted(world, post, userId),
      };
    },
    toggleLike: () => void setLike(world, post, userId, !hasLiked(world, post, userId)),
    // Sharing a post also likes it, as VK does.
    repost: () => {
      if (addRepost(world, post, userId)) setLike(world, post, userId, true);
    },
    comment: async (message) => {
      try {
        const body = await api.request('wall.createComment', {
          owner_id: post.ownerId,
          post_id: post.id,
          message,
          access_token: api.userToken(userId, ['wall']),
          v: API_VERSION,
        });
        return 'error' in body ? commentError(body.error.error_code) : null;
      } catch (err) {
        if (err instanceof FakeNetworkError) return 'Нет связи с VK. Попробуйте ещё раз.';
        throw err;
      }
    },
  };
}

/** `opened`: each post opened, as `<owner_id>_<post_id>`, in order. */
export function postHandlers(ctx: BridgeContext, opened: string[]): BridgeHandlers {
  return {
    VKWebAppOpenWallPost: async (props) => {
      const ownerId = Number(props['owner_id']);
      const postId = Number(props['post_id']);
      if (!Number.isInteger(ownerId) || ownerId === 0 || !Number.isInteger(postId) || postId < 1)
        throw invalidParams('owner_id, post_id');
      const post = publishedPost(ctx.world, ownerId, postId);
      if (!post) throw invalidParams('post_id');
      opened.push(`${ownerId}_${postId}`);
      const doc = documentBody();
      // Without a DOM (tests, the CLI) VK's window opens and closes at once.
      if (doc) await showPostWindow(doc, ctx.appearance.current(), postControls(ctx, post));
      return { result: true };
    },
  };
}
