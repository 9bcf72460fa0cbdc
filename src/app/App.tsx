// The app's phases: environment check, first-run safety screen, setup, lock, unlocked.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { onLangChange, t } from '../i18n';
import { vault, type UnlockReport } from '../vault';
import { applyDisguise, disguiseById, isLeaving, onPrefsChange, readPrefs, setExitNative } from '../exit';
import type { EnvProblem, FirstPhase } from './environment';
import { EnvironmentScreen } from './EnvironmentScreen';
import { IntroScreen } from './IntroScreen';
import { SetupScreen } from './SetupScreen';
import { LockScreen } from './LockScreen';
import { UnlockReportNotice, reportWorthShowing } from './UnlockReport';
import { Shell } from './Shell';
import { RouterContext, type Navigator, type Route, type ScreenId } from '../ui/router';
import { ScreenView } from './ScreenView';
import { OfflineReady, PersistNotice, UpdatePrompt } from './Notices';
import { requestPersistence, type PersistState } from '../lib/persist';
import { registerServiceWorker } from './sw-register';
import { startAutoLock, DEFAULT_AUTOLOCK } from './autolock';
import { loadAutoLockOptions } from '../features/settings/store';

type Phase = 'checking' | 'env' | 'intro' | 'setup' | 'locked' | 'unlocked';

export function App({ first }: { first: Promise<FirstPhase> }) {
  const [phase, setPhase] = useState<Phase>('checking');
  const [problems, setProblems] = useState<EnvProblem[]>([]);
  const [report, setReport] = useState<UnlockReport | null>(null);
  const [route, setRoute] = useState<Route>({ screen: 'journal' });
  const [, setLangTick] = useState(0);
  const [offlineReady, setOfflineReady] = useState(false);
  const [persist, setPersist] = useState<PersistState | null>(null);
  const [update, setUpdate] = useState<(() => void) | null>(null);
  const name = disguiseById(readPrefs().disguise).name;

  useEffect(() => onLangChange(() => setLangTick((n) => n + 1)), []);
  // A new disguise renames the lock screen and the top bar at once.
  useEffect(() => onPrefsChange(() => setLangTick((n) => n + 1)), []);
  useEffect(() => vault.onLock(() => {
    // Quick exit: the page is blank and on its way out; a re-render would only delay the blank frame.
    if (isLeaving()) return;
    setPhase('locked');
    setRoute({ screen: 'journal' });
  }), []);
  // "Erase all data" (Settings): back to the first-run screen, as on a fresh install.
  useEffect(() => vault.onErased(() => {
    // Prefs are gone with everything else: wear the default disguise again straight away.
    applyDisguise(readPrefs().disguise);
    setPhase('intro');
  }), []);
  useEffect(() => {
    registerServiceWorker({
      onOfflineReady: () => {
        setOfflineReady(true);
        // Quiet: it says its piece, then gets out of the way.
        setTimeout(() => setOfflineReady(false), 12_000);
      },
      onUpdateWaiting: (apply) => setUpdate(() => apply),
    });
    void first.then((decided) => {
      if (decided.phase === 'env') setProblems(decided.problems);
      setPhase(decided.phase);
    });
  }, []);
  useEffect(() => {
    if (phase !== 'unlocked') return;
    let stop = startAutoLock(DEFAULT_AUTOLOCK, () => vault.lock());
    void loadAutoLockOptions().then((options) => {
      stop();
      stop = startAutoLock(options, () => vault.lock());
    }, () => undefined);
    return () => stop();
  }, [phase]);
  useEffect(() => {
    document.getElementById('app')?.setAttribute('aria-busy', String(phase === 'checking'));
    // Load libsodium while the person types: unlock and create then cost only Argon2id.
    if (phase === 'locked' || phase === 'setup') vault.warmUp();
    // Only a disguise's locked front wears the plain close mark; everywhere else, the red button.
    if (phase !== 'checking') setExitNative(phase === 'locked' && readPrefs().disguise !== 'daybook');
  }, [phase]);

  const navigator = useMemo<Navigator>(() => ({ route, go: (screen: ScreenId, detail?: string) => setRoute({ screen, detail }) }), [route]);

  const onUnlocked = (report: UnlockReport | null) => {
    setReport(reportWorthShowing(report) ? report : null);
    setPhase('unlocked');
  };

  return (
    <>
      {/* The first-visit toast floats (it appears during load: no layout shift); the others
          sit in the page flow so they never cover a screen's own sticky help line. */}
      <div class="notices toast">
        {offlineReady && <OfflineReady onDismiss={() => setOfflineReady(false)} />}
      </div>
      <div class="notices">
        {persist && <PersistNotice state={persist} onDismiss={() => setPersist(null)} />}
        {update && <UpdatePrompt apply={update} onLater={() => setUpdate(null)} />}
      </div>
      {phase === 'checking' && <div class="boot" role="status" aria-label={t('app.loading')} />}
      {phase === 'env' && <EnvironmentScreen problems={problems} />}
      {phase === 'intro' && <IntroScreen onContinue={() => setPhase('setup')} />}
      {phase === 'setup' && (
        <SetupScreen
          onCreated={({ restore }) => {
            onUnlocked(null);
            // A new phone with a backup: straight to restoring it, not to an empty journal.
            if (restore) setRoute({ screen: 'settings', detail: 'restore' });
            // Ask once the person has something worth keeping; Settings shows the state later.
            // Not waiting on a prompt (Firefox's may never be answered): a later answer updates it.
            void requestPersistence(setPersist).then(setPersist);
          }}
        />
      )}
      {phase === 'locked' && <LockScreen name={name} onUnlocked={onUnlocked} />}
      {phase === 'unlocked' && (
        <RouterContext.Provider value={navigator}>
          <Shell name={name} onLock={() => vault.lock()}>
            {report && <UnlockReportNotice report={report} onDone={() => setReport(null)} />}
            <ScreenView route={route} />
          </Shell>
        </RouterContext.Provider>
      )}
    </>
  );
}
