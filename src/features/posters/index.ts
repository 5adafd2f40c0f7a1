// The poster screens' chunk (vk-qr, the SVG layout, PNG rendering).
export { PosterContent } from './PosterContent';
export { ChildrenPosters } from './ChildrenPosters';
