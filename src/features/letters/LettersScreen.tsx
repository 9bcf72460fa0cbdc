// The letters screen: the home list, a composer for a new or draft letter, or a sent letter.
import { TEMPLATE_IDS, type TemplateId } from './model';
import { LettersHome } from './LettersHome';
import { LetterView, NewLetter } from './LetterView';
import './letters.css';

/** Sub-views live in the route's detail: "new:<template>", "letter:<id>[:sent]", or "deleted". */
export function LettersScreen({ detail }: { detail?: string }) {
  const [kind, value = '', flag] = (detail ?? '').split(':');
  if (kind === 'new' && (TEMPLATE_IDS as readonly string[]).includes(value)) {
    return <NewLetter key={detail} templateId={value as TemplateId} />;
  }
  if (kind === 'letter' && value) return <LetterView key={value} id={value} justSent={flag === 'sent'} />;
  return <LettersHome deleted={kind === 'deleted'} />;
}
