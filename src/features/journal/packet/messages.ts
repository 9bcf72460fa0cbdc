// The court packet's own messages (issue 23), in a chunk of their own fetched when a packet is
// made: they would otherwise push the packet's chunk over its budget.
import { addMessages, type Lang } from '../../../i18n';
import { packet as en } from '../../../i18n/en/packet';
import { packet as es } from '../../../i18n/es/packet';
import { packet as fr } from '../../../i18n/fr/packet';
import { packet as pt } from '../../../i18n/pt/packet';
import { packet as ar } from '../../../i18n/ar/packet';

const PACKET: Record<Lang, Record<keyof typeof en, string>> = { en, es, fr, pt, ar };

export function registerPacketMessages(): void {
  addMessages(PACKET);
}
