// The unlocked app: the shell, the unlock report and the screen for the route. Loaded while the
// lock or setup screen shows, so its bytes are not part of the first screen's.
import type { ComponentChildren } from 'preact';
import type { UnlockReport } from '../vault';
import { RouterContext, type Navigator } from '../ui/router';
import { Shell } from './Shell';
import { ScreenView } from './ScreenView';
export { preloadScreen } from './ScreenView';
import { UnlockReportNotice, reportWorthShowing } from './UnlockReport';
import { DamageReport } from './DamageReport';
import { ExitConfirm } from './ExitConfirm';
import { KeepFontsOffline } from '../features/journal/packet/KeepFontsOffline';

export interface UnlockedProps {
  name: string;
  navigator: Navigator;
  notice: ComponentChildren;
  report: UnlockReport | null;
  onReportDone(): void;
  onLock(): void;
}

export function Unlocked({ name, navigator, notice, report, onReportDone, onLock }: UnlockedProps) {
  return (
    <RouterContext.Provider value={navigator}>
      <Shell name={name} onLock={onLock} notice={notice}>
        {report && reportWorthShowing(report) && <UnlockReportNotice report={report} onDone={onReportDone} />}
        {/* Mounted once per unlock: its check runs in the background and it speaks when done. */}
        <DamageReport />
        <ExitConfirm />
        <KeepFontsOffline />
        <ScreenView route={navigator.route} />
      </Shell>
    </RouterContext.Provider>
  );
}
