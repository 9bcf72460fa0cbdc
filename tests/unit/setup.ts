// Unit tests run in Node with an in-memory IndexedDB.
import 'fake-indexeddb/auto';
import { registerFeatureMessages } from '../../src/i18n/features';

// In the app these load with the first feature screen; unit tests use them directly.
registerFeatureMessages();
