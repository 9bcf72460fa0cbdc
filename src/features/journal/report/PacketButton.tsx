// "Download court packet": builds the zip on this device (its libraries load only now), then
// downloads it, or on a phone offers one more tap to share it (sharing must follow a tap).
import { useState } from 'preact/hooks';
import { t, getLang, formatNumber } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { ShareNow, useHandOver } from '../../../ui/ShareNow';
import type { Journal } from '../store';
import { confirmPassphrase, evidenceBlob } from '../store';
import { usePassphraseGate } from '../../../ui/PassphraseGate';
import type { VerifyResult } from '../record/chain';
import type { Person } from '../person/person';
import type { ReportOptions } from './report';
import { readNoticeText } from './noticeTexts';
import { listNotes, listShares, recordFingerprint } from '../record/integrityLog';
import { historyText } from '../record/integrityText';
import { loadOrderName } from '../../resources/orderName';

/** The integrity history the packet carries (issue 22). */
async function packetHistory(): Promise<{ fingerprint: string; text: string; shares: Array<{ at: number; fingerprint: string; versions: number }> }> {
  const [now, shares, notes] = await Promise.all([recordFingerprint(), listShares(), listNotes()]);
  return { fingerprint: now.fingerprint, text: historyText(now, shares, notes), shares: shares.map((s) => ({ at: s.at, fingerprint: s.fingerprint, versions: s.versions })) };
}

interface Props { journal: Journal; options: ReportOptions; person: Person | null; verify: VerifyResult | undefined; omitted: string[]; ready: boolean }

export function PacketButton({ journal, options, person, verify, omitted, ready }: Props) {
  const [progress, setProgress] = useState<number | null>(null);
  const share = useHandOver();
  // Every entry and every original photo, as a plain zip: the passphrase first, as a backup asks.
  const gate = usePassphraseGate(confirmPassphrase);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');

  const build = async () => {
    if (!verify || progress !== null) return;
    setProblem('');
    setStatus('');
    share.clear();
    setProgress(0);
    try {
      const { buildPacket } = await import('../packet');
      const { blob, name, damaged } = await buildPacket({
        entries: journal.entries, noticeAt: journal.noticeAt, options, person, verify, generatedAt: Date.now(), omitted, lang: getLang(),
        readBlob: evidenceBlob, history: await packetHistory(), orderName: await loadOrderName(),
        // The extract's reader (saxes) is fetched only for a journal holding a phone backup's entries:
        // it was kept offline when that backup was imported; a packet without one never needs it.
        async *extracts(entries) {
          if (!entries.some((e) => e.importedFrom?.info.unit === 'record')) return;
          yield* (await import('../../import/extract')).packetExtracts(options.redact)(entries);
        },
        noticeText: readNoticeText,
        onProgress: setProgress,
      });
      share.handOver(new File([blob], name, { type: 'application/zip' }));
      setStatus(damaged.length ? t('journal.packet.doneSkipped', { count: formatNumber(damaged.length) }) : t('journal.packet.done'));
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setProgress(null);
    }
  };

  return (
    <div class="packet">
      <button type="button" disabled={!ready || progress !== null || gate.open} aria-describedby="j-packet-hint" onClick={() => gate.ask(() => build())}>
        {t('journal.packet.download')}
      </button>
      <p id="j-packet-hint" class="hint">{t('journal.packet.hint')}</p>
      {gate.panel}
      <p role="status" class="success">
        {progress !== null ? t('journal.packet.building', { percent: formatNumber(Math.round(progress * 100)) }) : status}
      </p>
      <ShareNow file={share.pending} label={t('journal.packet.share')} />
      {problem && <p role="alert" class="error">{problem}</p>}
    </div>
  );
}
