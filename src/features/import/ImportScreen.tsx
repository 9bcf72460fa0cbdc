// Journal → Import messages: the file, the choices, the preview, then one write. The parsers
// load only here (a dynamic import), never with the journal or before unlock.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t, formatNumber, message, plural, say, type Message, type MessageKey } from '../../i18n';
import { errorMessage } from '../../ui/errors';
import { ImportError, type ParseResult } from './model';
import { planImport, sendersOf } from './plan';
import { dropShared, journalKeys, runImport, sharedFile, type ImportProgress } from './store';
import { DateOrder, SocialPicker, Whose, ZonePicker, type Options } from './ImportOptions';
import { CsvColumnsForm } from './CsvColumns';
import { ImportPreview } from './ImportPreview';
import { ImportBatches } from './ImportBatches';
import type { Loaded, ReadOptions } from './detect';
import type { CsvColumns } from './csv';
import { keepExtrasOffline } from '../../lib/extra-cache';
import './import.css';

const deviceZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

function failure(error: unknown): Message {
  if (error instanceof ImportError) return message(`import.error.${error.code}` as MessageKey);
  if ((error as { name?: string })?.name === 'AbortError') return message('import.cancelled');
  // The parsers' chunk could not be fetched: never opened online on this device yet.
  if (error instanceof TypeError && /import|fetch/i.test(error.message)) return message('import.error.offline');
  // A file's reads check that it has not changed since it was chosen: moved, edited or deleted meanwhile.
  if ((error as { name?: string })?.name === 'NotReadableError') return message('import.error.unreadable');
  return message('import.error.other', { reason: errorMessage(error) });
}

/** `shared`: a file shared into the app (its id in the vault), read as if chosen here; deleted once imported. */
export function ImportScreen({ onBack, onDone, shared }: { onBack(): void; onDone(note: Message): void; shared?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const [file, setFile] = useState<File | null>(null);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [parsed, setParsed] = useState<ParseResult | null>(null);
  const [columns, setColumns] = useState<CsvColumns | null>(null);
  const [error, setError] = useState<Message | null>(null);
  const [busy, setBusy] = useState<{ records?: number; saving?: ImportProgress } | null>(null);
  const [keys, setKeys] = useState<Set<string>>(new Set());
  const [options, setOptionsState] = useState<Options>({ zone: deviceZone(), social: 'messenger', senders: [], keepContext: true, grouped: true });
  const abort = useRef<AbortController | null>(null);
  const sharedCopy = useRef<File | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const set = (o: Partial<Options>) => setOptionsState((prev) => ({ ...prev, ...o }));

  useEffect(() => () => abort.current?.abort(), []);
  // The parsers are not precached (their size): fetched as the screen opens, then kept offline.
  useEffect(() => void import('./detect').then(keepExtrasOffline, () => undefined), []);
  useEffect(() => {
    if (!shared) return;
    sharedFile(shared).then((f) => {
      sharedCopy.current = f;
      return choose(f);
    }, () => setError(message('import.shared.gone')));
  }, [shared]);

  async function read(f: File, l: Loaded, extra: Partial<ReadOptions> = {}) {
    const controller = (abort.current = new AbortController());
    setBusy({});
    setError(null);
    try {
      const { readExport } = await import('./detect');
      const result = await readExport(f, l, {
        daysFirst: options.daysFirst, social: options.social, columns: columns ?? undefined, ...extra,
        signal: controller.signal, onProgress: (records) => setBusy({ records }),
      });
      setKeys(await journalKeys());
      setParsed(result);
      if (options.daysFirst === undefined && result.dateOrder) set({ daysFirst: result.dateOrder.daysFirst });
    } catch (e) {
      setParsed(null);
      setError(failure(e));
      // A CSV's columns can be chosen again; any other file has nothing left to choose here.
      if (l.kind !== 'csv') forget();
    } finally {
      setBusy(null);
    }
  }

  async function choose(f: File | undefined) {
    setParsed(null);
    setLoaded(null);
    setColumns(null);
    setFile(f ?? null);
    set({ senders: [], daysFirst: undefined });
    if (!f) return;
    setBusy({});
    setError(null);
    try {
      const { loadExport } = await import('./detect');
      const l = await loadExport(f);
      setLoaded(l);
      if (l.kind !== 'csv') await read(f, l, { daysFirst: undefined });
      else setBusy(null);
    } catch (e) {
      setError(failure(e));
      forget();
      setBusy(null);
    }
  }

  /**
   * When a file's read fails or is cancelled it is let go, input included: a file input fires no
   * change for the file it already holds, so choosing the same file again (once it is whole, or to
   * read it after all) would otherwise do nothing. A failed save keeps it: Import can be pressed again.
   */
  function forget() {
    setFile(null);
    setLoaded(null);
    if (input.current) input.current.value = '';
  }

  const senders = useMemo(() => (parsed ? sendersOf(parsed.items) : []), [parsed]);
  const plan = useMemo(() => (parsed && options.senders.length
    ? planImport(parsed.items, { senders: options.senders, keepContext: options.keepContext, grouped: options.grouped, zone: options.zone }, keys)
    : null), [parsed, options, keys]);
  const total = plan ? plan.messages + plan.calls : 0;
  const needsZone = parsed?.items.some((i) => i.wall) ?? false;

  async function save() {
    if (!file || !parsed || !plan || !total) return;
    const controller = (abort.current = new AbortController());
    setBusy({ saving: { done: 0, total: 1 } });
    setError(null);
    try {
      const { mediaReader } = await import('./detect');
      const count = await runImport(file, parsed, plan, loaded ? mediaReader(file, loaded) : new Map(), needsZone ? options.zone : undefined,
        (saving) => setBusy({ saving }), controller.signal);
      // Kept now as the import's evidence, byte for byte: the sealed copy waiting is not needed.
      if (shared && file === sharedCopy.current) await dropShared(shared).catch(() => undefined);
      onDone(message('import.done', { count: formatNumber(count) }));
    } catch (e) {
      setError(failure(e));
      setBusy(null);
    }
  }

  return (
    <section aria-labelledby="imp-title" class="import-screen">
      <button type="button" class="secondary" onClick={onBack}>{t('journal.back')}</button>
      <h1 id="imp-title" ref={heading} tabIndex={-1}>{t('import.title')}</h1>
      <p>{t('import.intro')}</p>
      <p class="hint">{t('import.kinds')}</p>
      <p class="hint">{t('import.android')} {t('import.iphone')}</p>
      {file && file === sharedCopy.current && <p class="success">{t('import.shared.file', { name: file.name })}</p>}
      <div class="field">
        <label for="imp-file">{t('import.file')}</label>
        <input id="imp-file" ref={input} type="file" accept=".txt,.zip,.xml,.json,.csv,text/plain,application/zip,text/xml,application/json,text/csv"
          disabled={!!busy} onChange={(e) => void choose(e.currentTarget.files?.[0])} />
      </div>
      <p role="alert" class="error">{say(error)}</p>
      {busy && (
        <div class="card" role="status">
          <p>{busy.saving ? t('import.saving', { done: formatNumber(busy.saving.done), total: formatNumber(busy.saving.total) })
            : busy.records ? plural(busy.records, 'import.readingRecords') : t('import.reading')}</p>
          {busy.saving && <progress max={busy.saving.total} value={busy.saving.done} />}
          <button type="button" class="secondary" onClick={() => abort.current?.abort()}>{t('import.cancel')}</button>
        </div>
      )}
      {loaded?.kind === 'csv' && file && !busy && (
        <CsvColumnsForm header={loaded.header ?? []} onRead={(c) => {
          setColumns(c);
          void read(file, loaded, { columns: c });
        }} />
      )}
      {parsed && file && loaded && !busy && (
        <>
          <p class="success">{t('import.found', { count: formatNumber(parsed.items.length), format: t(`import.format.${parsed.format}`) })}</p>
          {parsed.dateOrder && options.daysFirst !== undefined && (
            <DateOrder value={options.daysFirst} unsure={!parsed.dateOrder.certain} onChange={(daysFirst) => {
              set({ daysFirst });
              void read(file, loaded, { daysFirst });
            }} />
          )}
          {needsZone && <ZonePicker value={options.zone} onChange={(zone) => set({ zone })} />}
          {parsed.format === 'messenger' && <SocialPicker value={options.social} onChange={(social) => {
            set({ social });
            void read(file, loaded, { social });
          }} />}
          <Whose senders={senders} options={options} set={set} showContext />
          {plan ? <ImportPreview plan={plan} /> : <p class="hint">{t('import.preview.pick')}</p>}
          <button type="button" class="primary-action" disabled={!total} onClick={() => void save()}>
            {plural(total, 'import.confirm')}
          </button>
        </>
      )}
      <ImportBatches onRemoved={() => void journalKeys().then(setKeys)} />
    </section>
  );
}
