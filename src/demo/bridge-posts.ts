// VKWebAppOpenWallPost: VK's post window over the app, where the viewer likes, shares and comments
// as on VK (comments go through wall.createComment like the app's own).
import { VK_COMMENTS_CLOSED, kindOfCode } from '../vk/errors';
import { invalidParams, userDenied, type BridgeHandlers } from './bridge-errors';
import { API_VERSION, documentBody, type BridgeContext } from './bridge-context';
import { commentCount, likeCount, managerRole, repostCount } from './crowd';
import { FakeNetworkError } from './fake-api';
import { postPictureUrl } from './photos';
import { showPostBoxWindow } from './post-box-window';
import { showPostWindow, type PostWindowControls } from './post-window';
import { addPost, addRepost, hasLiked, hasReposted, publishedPost, setLike } from './session';
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

/** `opened`: each post opened, as `<owner_id>_<post_id>`, in order; `now`: the demo's clock, unix seconds. */
export function postHandlers(ctx: BridgeContext, opened: string[], now: () => number): BridgeHandlers {
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
    // VK's post box on a community's wall: the demo posts as the community (its admins and editors
    // only), now or at the time chosen, and the post is on the wall for the rest of the session.
    VKWebAppShowWallPostBox: async (props) => {
      const ownerId = Number(props['owner_id'] ?? ctx.userId);
      const message = typeof props['message'] === 'string' ? props['message'] : '';
      const page = ctx.world.pageById.get(-ownerId);
      if (!Number.isInteger(ownerId) || ownerId >= 0 || !page) throw invalidParams('owner_id');
      if (!canPostAs(ctx, page.id)) throw userDenied();
      const doc = documentBody();
      const choice = doc
        ? await showPostBoxWindow(doc, ctx.appearance.current(), {
            pageName: page.name,
            message,
            check: ({ publishAt }) =>
              publishAt !== null && publishAt <= now() ? 'Выберите время позже текущего.' : null,
          })
        : // Without a DOM (tests, the CLI) the admin publishes the text as it is.
          { text: message, publishAt: null };
      if (!choice) throw userDenied();
      const post = addPost(ctx.world, page.id, {
        text: choice.text,
        date: choice.publishAt ?? now(),
        state: choice.publishAt === null ? 'published' : 'postponed',
      });
      return { post_id: post.id };
    },
  };
}

function canPostAs(ctx: BridgeContext, groupId: number): boolean {
  return ['creator', 'administrator', 'editor'].includes(managerRole(ctx.world, groupId, ctx.userId) ?? '');
}
