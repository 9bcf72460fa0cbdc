// The letters screen: the home list, a composer for a new or draft letter, or a sent letter.
import type { RouteOf } from '../../ui/router';
import { TEMPLATE_IDS, type TemplateId } from './model';
import { LettersHome } from './LettersHome';
import { LetterView, NewLetter } from './LetterView';
import './letters.css';

const isTemplateId = (id: string): id is TemplateId => (TEMPLATE_IDS as readonly string[]).includes(id);

export function LettersScreen({ route }: { route: RouteOf<'letters'> }) {
  const sub = route.sub;
  if (sub?.to === 'new' && isTemplateId(sub.template)) return <NewLetter key={sub.template} templateId={sub.template} />;
  if (sub?.to === 'letter') return <LetterView key={sub.id} id={sub.id} justSent={sub.justSent === true} />;
  return <LettersHome deleted={sub?.to === 'deleted'} />;
}
