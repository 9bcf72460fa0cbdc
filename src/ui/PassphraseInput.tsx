// A passphrase field that stays out of autofill, spellcheck and the password manager.
import { privateText } from './privateText';
interface Props {
  id: string;
  value: string;
  onInput(value: string): void;
  onEnter?(): void;
  describedBy?: string;
  autoFocus?: boolean;
}

export function PassphraseInput({ id, value, onInput, onEnter, describedBy, autoFocus }: Props) {
  return (
    <input
      id={id}
      type="password"
      value={value}
      autoFocus={autoFocus}
      {...privateText}
      autocapitalize="off"
      aria-describedby={describedBy}
      onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && onEnter) {
          e.preventDefault();
          onEnter();
        }
      }}
    />
  );
}
