import { useMemo } from 'react';
import { svgDataUrl } from '../render';

/** The poster as an image (a data URL, never injected markup: the name is the page's own text). */
export function PosterPreview({ svg, alt }: { svg: string; alt: string }) {
  const src = useMemo(() => svgDataUrl(svg), [svg]);
  return (
    <div className="poster-preview">
      <img src={src} alt={alt} data-testid="poster-preview" />
    </div>
  );
}
