import { useServices } from '../shared/services';

/** «Демо-режим: данные смоделированы» on every screen of the simulated VK. */
export function DemoNotice() {
  const { demoLabel } = useServices();
  if (!demoLabel) return null;
  return (
    <div className="app-demo-notice" role="note" data-testid="demo-label">
      {demoLabel}
    </div>
  );
}
