// The VK actions a screen may start itself (open a post, join the page, copy a text, add the app to a
// community's menu): features reach VK only through data/, and these are the bridge calls they need.
export {
  addAppToCommunity,
  copyText,
  joinGroup,
  needsBridgeDownload,
  openWallPost,
  showPostBox,
  type PostBoxOutcome,
} from '../vk/community-actions';
