// The history screen's chunk (charts, the three months' reading).
export { HistoryContent } from './HistoryContent';
