// «Ответы подписчикам»: one chunk, loaded when the screen opens.
export { RepliesContent } from './RepliesContent';
