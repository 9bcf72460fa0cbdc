// "Export report": choose what to leave out, then print (or save as PDF), download the
// report as a web page, or download the entries as CSV. File names are neutral.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '../../../i18n';
import { errorMessage } from '../../../ui/errors';
import { useAsync } from '../../../ui/useAsync';
import type { Journal } from '../store';
import { confirmPassphrase, loadPerson, verifyJournal } from '../store';
import { usePassphraseGate } from '../../../ui/PassphraseGate';
import { buildReport, preparePerson } from './report';
import { isPersonEmpty } from '../person/person';
import { neutralName } from '../labels';
import { ShareNow, useHandOver } from '../../../ui/ShareNow';
import { ReportOptionsForm, DEFAULT_INPUTS, toOptions, type OptionInputs } from './ReportOptionsForm';
import { ReportDocument } from './ReportDocument';
import { reportCsv, reportHtml } from './reportFiles';
import { useThumbnails } from '../evidence/useThumbnails';
import { PacketButton } from './PacketButton';
import { noticeTexts } from './noticeTexts';

const OMIT_KEYS: Record<string, MessageKey> = {
  exactWords: 'journal.field.exactWords', where: 'journal.field.where', witnesses: 'journal.field.witnesses',
  children: 'journal.field.children', weaponOrVehicle: 'journal.field.weaponOrVehicle', police: 'journal.field.police',
  otherReports: 'journal.field.otherReports', impact: 'journal.field.impact',
};

export function ReportView({ journal, onBack }: { journal: Journal; onBack(): void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const docRef = useRef<HTMLDivElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const [inputs, setInputs] = useState<OptionInputs>(DEFAULT_INPUTS);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const share = useHandOver();
  // The report and the CSV leave the device: the passphrase first (printing on screen does not ask).
  const gate = usePassphraseGate(confirmPassphrase);
  const verify = useAsync(verifyJournal, [journal]);
  const person = useAsync(loadPerson);
  const generatedAt = useMemo(() => Date.now(), [journal]);

  // The report follows the choices after a short pause, so typing a phrase to hide stays fluid.
  const [settled, setSettled] = useState(inputs);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(inputs), 250);
    return () => clearTimeout(timer);
  }, [inputs]);
  const options = useMemo(() => toOptions(settled), [settled]);
  // The document renders at once; the chain check and the thumbnails fill in alongside.
  const report = useMemo(() => buildReport(journal.entries, journal.noticeAt, options, person.data?.person.order), [journal, options, person.data]);
  const shownPerson = useMemo(() => {
    const p = person.data?.person;
    return p && !isPersonEmpty(p) ? preparePerson(p, options) : null;
  }, [person.data, options]);
  const thumbIds = useMemo(() => {
    const ids = options.omitThumbnails ? [] : report.exhibits.flatMap((x) => (x.ref.thumbId ? [x.ref.thumbId] : []));
    if (shownPerson?.photo?.thumbId) ids.push(shownPerson.photo.thumbId);
    return ids;
  }, [report, shownPerson, options.omitThumbnails]);
  const thumbs = useThumbnails(thumbIds);
  const notices = useAsync(() => noticeTexts(report, options.redact), [report]);
  const ready = Boolean(verify.data) && thumbs.ready && !notices.loading && settled === inputs;
  const omitted = options.omit.map((f) => t(OMIT_KEYS[f]!));

  const act = async (what: 'print' | 'html' | 'csv') => {
    setProblem('');
    try {
      if (!docRef.current) return;
      if (what === 'print') window.print();
      const file = (blob: Blob, name: string) => new File([blob], name, { type: blob.type });
      // The page takes a moment to assemble and the CSV none: both go through the same hand-over.
      if (what === 'html') share.handOver(file(await reportHtml(docRef.current, thumbs.blobs), neutralName('document', 'html')));
      if (what === 'csv') share.handOver(file(reportCsv(report, options.omit), neutralName('table', 'csv')));
      if (what !== 'print') setStatus(t('journal.report.downloaded'));
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  return (
    <section aria-labelledby="j-report-title" class="report-view">
      <div class="no-print">
        <button type="button" class="secondary" onClick={onBack}>{t('journal.back')}</button>
        <h1 id="j-report-title" ref={heading} tabIndex={-1}>{t('journal.report.title')}</h1>
        <p class="hint">{t('journal.report.explain')}</p>
        <ReportOptionsForm value={inputs} onChange={setInputs} />
        <div class="row actions">
          <button type="button" disabled={!ready} onClick={() => void act('print')}>{t('journal.report.print')}</button>
          <button type="button" class="secondary" disabled={!ready || gate.open} onClick={() => gate.ask(() => act('html'))}>{t('journal.report.downloadHtml')}</button>
          <button type="button" class="secondary" disabled={gate.open} onClick={() => gate.ask(() => act('csv'))}>{t('journal.report.downloadCsv')}</button>
        </div>
        {gate.panel}
        <ShareNow file={share.pending} />
        <PacketButton journal={journal} options={options} person={person.data?.person ?? null} verify={verify.data} omitted={omitted} ready={ready} />
        <p class="hint">{t('journal.report.filesHint')}</p>
        <p role="status" class="success">{ready ? status : t('journal.report.preparing')}</p>
        {problem && <p role="alert" class="error">{problem}</p>}
        {verify.error !== undefined && <p role="alert" class="error">{errorMessage(verify.error)}</p>}
        <h2 class="preview-title">{t('journal.report.preview')}</h2>
      </div>
      <div ref={docRef} class="report-frame" data-ready={ready ? 'true' : 'false'}>
        <ReportDocument report={report} person={shownPerson} thumbs={thumbs.urls} generatedAt={generatedAt} omitted={omitted} verify={verify.data} notices={notices.data} />
      </div>
    </section>
  );
}
