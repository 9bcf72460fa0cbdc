// The one "confirm with your passphrase" step: before anything leaves the device (the court
// packet, the report, the CSV) or a guard weakens (Quick exit's destination, auto-lock, the
// disguise), the passphrase is typed again and checked by the vault (the page passes the check
// in: ui/ sits below the vault). A wrong one changes nothing and counts in the same log as the
// lock screen; during the wait the field says when to try again.
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { message, say, t, type Message } from '../i18n';
// Its words, registered wherever it is used (see i18n/guard.ts).
import '../i18n/guard';
import { errorNote } from './errors';
import { PassphraseInput } from './PassphraseInput';

/** What the check answers: `device` false means a device-wide setting must not change (the decoy). */
export interface GateResult { device: boolean }
export type GateCheck = (passphrase: string) => Promise<GateResult>;
type Action = (result: GateResult) => unknown;

let counter = 0;

/**
 * `ask(action)` opens the step; `action` runs once the passphrase is right. `panel` is where the
 * step shows (render it next to the control that asked), `open` whether it is showing.
 */
export function usePassphraseGate(check: GateCheck): { ask(action: Action, onCancel?: () => void): void; open: boolean; panel: ComponentChildren } {
  const [pending, setPending] = useState<{ action: Action; onCancel?: () => void } | null>(null);
  const [id] = useState(() => `gate-${++counter}`);
  const ask = (action: Action, onCancel?: () => void) => setPending({ action, onCancel });
  const panel = pending && (
    <GatePanel id={id} check={check} onDone={(result) => {
      setPending(null);
      void pending.action(result);
    }} onCancel={() => {
      setPending(null);
      pending.onCancel?.();
    }} />
  );
  return { ask, open: pending !== null, panel };
}

function GatePanel({ id, check, onDone, onCancel }: { id: string; check: GateCheck; onDone(result: GateResult): void; onCancel(): void }) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Message | null>(null);

  async function go() {
    if (busy) return;
    if (!passphrase) return setError(message('gate.need'));
    setBusy(true);
    setError(null);
    try {
      const result = await check(passphrase);
      setPassphrase('');
      onDone(result);
    } catch (err) {
      setPassphrase('');
      setError((err as { code?: string }).code === 'wrong-passphrase' ? message('gate.wrong') : errorNote(err));
      setBusy(false);
    }
  }

  return (
    <div class="card gate" role="group" aria-labelledby={`${id}-title`}>
      <p id={`${id}-title`}><strong>{t('gate.title')}</strong></p>
      <p id={`${id}-why`} class="hint">{t('gate.why')}</p>
      <div class="field">
        <label for={`${id}-pass`}>{t('gate.label')}</label>
        <PassphraseInput id={`${id}-pass`} value={passphrase} onInput={setPassphrase} onEnter={go} describedBy={`${id}-why`} autoFocus />
      </div>
      <div class="row">
        <button type="button" onClick={() => void go()} disabled={busy} aria-busy={busy}>{t('gate.confirm')}</button>
        <button type="button" class="secondary" onClick={onCancel} disabled={busy}>{t('common.cancel')}</button>
      </div>
      {busy && <p role="status" class="hint">{t('gate.checking')}</p>}
      {error && <p class="error" role="alert">{say(error)}</p>}
    </div>
  );
}
