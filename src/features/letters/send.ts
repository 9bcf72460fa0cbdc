// Ways out of the app for a letter: mail and SMS links, a neutral download, a print-only view.
import { toDateInput } from './model';
import { saveFile } from '../../ui/download';

/** RFC 6068 wants CRLF line breaks in a mailto body. */
export function mailtoHref(subject: string, body: string): string {
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body.replace(/\r?\n/g, '\r\n'))}`;
}

/** "sms:?&body=" is the form both Android and iOS messaging apps accept. */
export function smsHref(body: string): string {
  return `sms:?&body=${encodeURIComponent(body)}`;
}

/** A download name that says nothing about what it is or who it concerns. */
export function neutralFileName(now: number): string {
  return `note-${toDateInput(now)}.txt`;
}

export function downloadText(text: string, name: string): void {
  saveFile(text, name);
}

/**
 * Prints only the letter: a temporary element at the end of <body>, and a class that hides
 * everything else in print (letters.css). Removed once printing is over.
 */
export function printText(text: string, lang: string): void {
  const sheet = document.createElement('div');
  sheet.className = 'letter-print';
  sheet.lang = lang;
  sheet.textContent = text;
  document.body.append(sheet);
  document.documentElement.classList.add('printing-letter');
  const done = () => {
    sheet.remove();
    document.documentElement.classList.remove('printing-letter');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
  // Where print() does not block and no afterprint comes, clean up on the next interaction.
  setTimeout(() => window.addEventListener('pointerdown', done, { once: true }), 0);
}
