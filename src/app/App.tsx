// The app's phases: environment check, first-run safety screen, setup, lock, unlocked.
import type { ComponentType } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { getLang, onLangChange, t } from '../i18n';
import { vault, type UnlockReport } from '../vault';
import { applyDisguise, disguiseName, installBackTrap, isLeaving, onPrefsChange, readPrefs, setExitNative, syncBackTrap, type DisguiseId } from '../exit';
import type { EnvProblem, FirstPhase } from './environment';
import { EnvironmentScreen } from './EnvironmentScreen';
import { IntroScreen } from './IntroScreen';
import { SetupScreen } from './SetupScreen';
import { LockScreen } from './LockScreen';
import { isSubScreen, parentOf, type Navigator, type Route } from '../ui/router';
import { NoticeSlot } from './Notices';
import { requestPersistence, type PersistState } from '../lib/persist';
import { registerServiceWorker } from './sw-register';
import { startAutoLock, DEFAULT_AUTOLOCK } from './autolock';
import { loadAutoLockOptions } from '../features/settings/store';

// 'disguise': the optional step right after setup (the vault is open; the look and duress passphrase).
type Phase = 'checking' | 'env' | 'intro' | 'setup' | 'disguise' | 'locked' | 'unlocked';

type UnlockedView = ComponentType<import('./Unlocked').UnlockedProps>;
let unlockedModule: Promise<typeof import('./Unlocked')> | null = null;
/** The unlocked app's code, fetched once while the lock or setup screen shows (precached: offline too). */
const loadUnlockedModule = () => (unlockedModule ??= import('./Unlocked'));
const loadUnlocked = () => loadUnlockedModule().then((m) => m.Unlocked);
/** When the lock screen has settled (not competing with its first frames). */
const whenIdle = (run: () => void) => (typeof requestIdleCallback === 'function' ? void requestIdleCallback(run, { timeout: 1000 }) : void setTimeout(run, 200));

type StepView = ComponentType<{ onDone(): void }>;
let stepView: Promise<StepView> | null = null;
/** The step after setup: fetched with the setup screen, never part of the first screen's bytes. */
const loadStep = () => (stepView ??= Promise.all([
  import('../features/settings/DisguiseStep'),
  // Its words (the duress panel's) are with the features' messages, which load after unlock.
  import('../i18n/features').then((m) => m.registerFeatureMessages()),
]).then(([m]) => m.DisguiseStep));
type AppLook = Exclude<DisguiseId, 'daybook'>;
type DisguiseView = ComponentType<import('../features/disguise-apps').DisguiseAppProps>;
let disguiseView: Promise<DisguiseView> | null = null;
/** The disguise's own app (Notes, Weather), fetched only when the duress passphrase opens it. */
const loadDisguiseApp = () => (disguiseView ??= import('../features/disguise-apps').then((m) => m.DisguiseApp));

export function App({ first }: { first: Promise<FirstPhase> }) {
  const [phase, setPhase] = useState<Phase>('checking');
  const [problems, setProblems] = useState<EnvProblem[]>([]);
  const [report, setReport] = useState<UnlockReport | null>(null);
  const [Unlocked, setUnlocked] = useState<UnlockedView | null>(null);
  const [Step, setStep] = useState<StepView | null>(null);
  /** Set when the duress passphrase opened the decoy under Notes or Weather: that app, nothing of Daybook. */
  const [posing, setPosing] = useState<AppLook | null>(null);
  const [DisguiseApp, setDisguiseApp] = useState<DisguiseView | null>(null);
  const [route, setRoute] = useState<Route>({ screen: 'journal' });
  const [, setLangTick] = useState(0);
  const [offlineReady, setOfflineReady] = useState(false);
  const [persist, setPersist] = useState<PersistState | null>(null);
  const [update, setUpdate] = useState<(() => void) | null>(null);
  const name = disguiseName(readPrefs().disguise, getLang());

  useEffect(() => onLangChange(() => setLangTick((n) => n + 1)), []);
  // The browser's Back inside a sub-screen goes up one level (and stays unlocked).
  useEffect(() => installBackTrap(() => setRoute((now) => parentOf(now) ?? now)), []);
  // One extra history entry while in a sub-screen, none at a screen's top or while locked.
  useEffect(() => {
    if (!isLeaving()) syncBackTrap(phase === 'unlocked' && isSubScreen(route));
  }, [phase, route]);
  // A new disguise renames the lock screen and the top bar at once.
  useEffect(() => onPrefsChange(() => setLangTick((n) => n + 1)), []);
  useEffect(() => vault.onLock(() => {
    // Quick exit: the page is blank and on its way out; a re-render would only delay the blank frame.
    if (isLeaving()) return;
    setPhase('locked');
    setPosing(null);
    setRoute({ screen: 'journal' });
  }), []);
  // "Erase all data" (Settings): back to the first-run screen, as on a fresh install.
  useEffect(() => vault.onErased(() => {
    // Prefs are gone with everything else: wear the default disguise again straight away.
    applyDisguise(readPrefs().disguise, getLang());
    setPhase('intro');
  }), []);
  useEffect(() => {
    registerServiceWorker({
      onOfflineReady: () => setOfflineReady(true),
      onUpdateWaiting: (apply) => setUpdate(() => apply),
    });
    void first.then((decided) => {
      if (decided.phase === 'env') setProblems(decided.problems);
      setPhase(decided.phase);
    });
  }, []);
  useEffect(() => {
    // The step after setup holds an open vault too: it locks by time and when hidden, as unlocked.
    if (phase !== 'unlocked' && phase !== 'disguise') return;
    const lock = (now?: boolean) => void vault.lock({ now });
    let stop = startAutoLock(DEFAULT_AUTOLOCK, lock);
    void loadAutoLockOptions().then((options) => {
      stop();
      stop = startAutoLock(options, lock);
    }, () => undefined);
    return () => stop();
  }, [phase]);
  useEffect(() => {
    document.getElementById('app')?.setAttribute('aria-busy', String(phase === 'checking'));
    // Load libsodium while the person types: unlock and create then cost only Argon2id.
    if (phase === 'locked' || phase === 'setup') vault.warmUp();
    // And the unlocked app's code, so the first entry is not kept waiting for it.
    if (phase === 'setup' || phase === 'disguise') void loadStep().then((view) => setStep(() => view), () => undefined);
    if (phase === 'locked' || phase === 'setup' || phase === 'disguise' || phase === 'unlocked') void loadUnlocked().then((view) => setUnlocked(() => view), () => undefined);
    // The journal (the first screen after unlock) too, once the lock screen has settled: unlock then
    // paints the newest entries without first fetching and running its code (issue 27).
    if (phase === 'locked') void loadUnlockedModule().then((m) => whenIdle(() => void m.preloadScreen('journal').catch(() => undefined)), () => undefined);
    // Under a disguise, its app too: the duress passphrase then opens it without a loading pause.
    if ((phase === 'locked' && readPrefs().disguise !== 'daybook') || posing) void loadDisguiseApp().then((view) => setDisguiseApp(() => view), () => undefined);
    // A disguise's locked front and its app opened under duress wear the plain close mark; everywhere else, the red button.
    if (phase !== 'checking') setExitNative((phase === 'locked' && readPrefs().disguise !== 'daybook') || (phase === 'unlocked' && posing !== null));
  }, [phase, posing]);

  const navigator = useMemo<Navigator>(() => ({ route, go: setRoute }), [route]);

  const onUnlocked = (report: UnlockReport | null) => {
    const look = readPrefs().disguise;
    // The decoy under Notes or Weather opens that app; under the Daybook look, the decoy journal as before.
    if (report?.mode === 'decoy' && look !== 'daybook') {
      setPosing(look);
      setReport(null);
    } else {
      setPosing(null);
      setReport(report?.pending ? null : report);
      // Older records still loading: what the unlock found is said once all of them are checked
      // (a lock meanwhile rejects, and there is then nothing to say).
      if (report?.pending) vault.unlockReport().then((full) => vault.isUnlocked() && setReport(full), () => undefined);
    }
    setPhase('unlocked');
  };

  const notice = (
    <NoticeSlot
      update={update && { apply: update, later: () => setUpdate(null) }}
      persist={persist && { state: persist, dismiss: () => setPersist(null) }}
      offlineReady={offlineReady ? () => setOfflineReady(false) : null}
    />
  );
  return (
    <>
      {phase !== 'unlocked' && notice}
      {phase === 'checking' && <div class="boot" role="status" aria-label={t('app.loading')} />}
      {phase === 'env' && <EnvironmentScreen problems={problems} />}
      {phase === 'intro' && <IntroScreen onContinue={() => setPhase('setup')} />}
      {phase === 'setup' && (
        <SetupScreen
          onCreated={({ restore }) => {
            // A new phone with a backup: straight to restoring it, not to an empty journal (the
            // look and duress passphrase are in Settings). Otherwise the optional disguise step.
            if (restore) {
              onUnlocked(null);
              setRoute({ screen: 'settings', sub: { to: 'restore' } });
            } else {
              setPhase('disguise');
            }
            // Ask once the person has something worth keeping; Settings shows the state later.
            // Not waiting on a prompt (Firefox's may never be answered): a later answer updates it.
            void requestPersistence(setPersist).then(setPersist);
          }}
        />
      )}
      {phase === 'disguise' && (
        Step ? <Step onDone={() => onUnlocked(null)} /> : <div class="boot" role="status" aria-label={t('app.loading')} />
      )}
      {phase === 'locked' && <LockScreen name={name} onUnlocked={onUnlocked} />}
      {phase === 'unlocked' && posing && (
        DisguiseApp
          ? <>{notice}<DisguiseApp look={posing} /></>
          : <div class="boot" role="status" aria-label={t('app.loading')} />
      )}
      {phase === 'unlocked' && !posing && (
        Unlocked
          ? <Unlocked name={name} navigator={navigator} notice={notice} report={report} onReportDone={() => setReport(null)} onLock={() => void vault.lock()} />
          : <div class="boot" role="status" aria-label={t('app.loading')} />
      )}
    </>
  );
}
