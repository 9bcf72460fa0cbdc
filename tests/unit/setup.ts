// Unit tests run in Node with an in-memory IndexedDB.
import 'fake-indexeddb/auto';
import { registerFeatureMessages } from '../../src/i18n/features';

import { addMessages, LANGS, loadLang } from '../../src/i18n';

// In the app these load with the first feature screen, and each language's chunks when it is
// spoken; unit tests use every language directly.
await registerFeatureMessages();
await Promise.all(LANGS.map(loadLang));
// And the court packet's (they load with its chunk: src/features/journal/packet/index.ts).
import { packet as packetEn } from '../../src/i18n/en/packet';
import { packet as packetEs } from '../../src/i18n/es/packet';
import { packet as packetFr } from '../../src/i18n/fr/packet';
import { packet as packetPt } from '../../src/i18n/pt/packet';
import { packet as packetAr } from '../../src/i18n/ar/packet';
addMessages({ en: packetEn, es: packetEs, fr: packetFr, pt: packetPt, ar: packetAr });
// And the passphrase gate's (they load with the unlocked app: src/i18n/guard.ts).
import '../../src/i18n/guard';

// Vault tests use cheap Argon2id (see vault-helpers FAST); the app's floor is the defaults,
// and kdf-bounds tests put it back to prove a weak or huge header is refused.
import { lowerKdfFloorForTests } from '../../src/vault/format';
lowerKdfFloorForTests({ ops: 1, mem: 1024 * 1024 });
