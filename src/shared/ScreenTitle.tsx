// The screen's one level-1 heading: the PanelHeader's title, marked up as <h1> for screen readers and
// looking exactly like VKUI's header text (it inherits the header's font, colour and truncation).
//
//   <PanelHeader before={…}><ScreenTitle>Розыгрыши</ScreenTitle></PanelHeader>
import type { ReactNode } from 'react';
import './screen-title.css';

export function ScreenTitle({ children }: { children: ReactNode }) {
  return <h1 className="screen-title">{children}</h1>;
}
