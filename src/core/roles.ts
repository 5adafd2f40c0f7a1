// The viewer's role in the community the app was opened from, and what it lets them do on screen.
// (VK checks every token itself: a role here only chooses which door the viewer sees.)

export const GROUP_ROLES = ['admin', 'editor', 'moder', 'member', 'none'] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];
/** The viewer's role in the launching community; 'outside' = the app was opened without a community. */
export type ViewerRole = GroupRole | 'outside';

/** Admins and editors run the page: they see its scorecard and the tools. */
export function canManage(role: ViewerRole): boolean {
  return role === 'admin' || role === 'editor';
}
