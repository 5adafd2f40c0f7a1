// Generic VK reading every tool shares (giveaways, quizzes, the leaderboard, the monitoring ER):
// comments with their threads, recent posts' comments, posts, users, membership and screen names.
export { communityComments, readComments, readThread, type ReadCommentsOptions } from './comments';
export { postCommunityComment, type CommunityComment } from './community-comment';
export { latestOwnPosts, publishedPost, type OwnPost } from './posts';
export { fetchNames, userName, usersOf } from './users';
