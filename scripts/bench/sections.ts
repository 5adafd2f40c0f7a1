// Bench sections in print order. To add one: write scripts/bench/<name>.ts exporting a BenchSection
// and append it here.
import { bundleSize } from './bundle-size';
import { firstLoad } from './first-load';
import { giveawayGather } from './giveaway';
import { historyRead } from './history';
import { importList } from './import';
import { leaderboardGather } from './leaderboard';
import { monitoringEr } from './monitoring';
import { quizAnswer } from './quiz-answer';
import { repliesRead } from './replies';
import { scorecardRequests } from './scorecard-requests';
import { scorecardVisible } from './scorecard-visible';
import { supervisorRefresh } from './supervisor';
import type { BenchSection } from './types';

export const SECTIONS: readonly BenchSection[] = [
  bundleSize,
  scorecardVisible,
  scorecardRequests,
  supervisorRefresh,
  giveawayGather,
  leaderboardGather,
  monitoringEr,
  repliesRead,
  quizAnswer,
  historyRead,
  importList,
  firstLoad,
];
