// The figures of a page with no subscriber comment: zero counts, null figures, nobody waiting.
export const NO_REPLIES = {
  comments: 0,
  answered: 0,
  unanswered: 0,
  answeredPercent: null,
  medianReplyMinutes: null,
  oldestWaitingMinutes: null,
  waiting: [],
};
