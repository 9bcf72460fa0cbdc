// The one text field of a disguise's front: a search box that, on Enter, also tries what was
// typed as a way in (the passphrase on the lock screen, the practice word in Settings).
import { useState } from 'preact/hooks';
import { t } from '../../i18n';
import { privateText } from '../privateText';

/**
 * What trying the text gave: it opened (the caller moves on), or nothing. A front never says
 * more: a wrong passphrase, a wait after many tries and a broken store all look like a search
 * that found nothing.
 */
export type Attempt = 'open' | 'none';

interface Props {
  id: string;
  label: string;
  value: string;
  onInput(value: string): void;
  /** Called on Enter with the text as typed. */
  onSubmit(text: string): Promise<Attempt>;
  /** After a try that did not open: the front shows what an ordinary search would. */
  onMiss?(): void;
}

export function FrontSearch({ id, label, value, onInput, onSubmit, onMiss }: Props) {
  const [busy, setBusy] = useState(false);

  async function submit() {
    if (!value || busy) return;
    setBusy(true);
    const result = await onSubmit(value).catch((): Attempt => 'none');
    setBusy(false);
    if (result !== 'open') onMiss?.();
  }

  return (
    <div role="search" class="front-search">
      <label for={id} class="visually-hidden">{label}</label>
      <input
        id={id} type="search" value={value} placeholder={label} enterkeyhint="search"
        // Nothing typed here may reach autofill, the spellchecker or the keyboard's suggestions.
        {...privateText} autocapitalize="off"
        aria-busy={busy}
        onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          void submit();
        }}
      />
      <p class="visually-hidden" role="status">{busy ? t('front.searching') : ''}</p>
    </div>
  );
}
