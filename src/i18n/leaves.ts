// "What this app leaves on your device": its long texts load with that page, not before unlock.
import { leaves as leavesEn } from './en/leaves';
import { leaves as leavesEs } from './es/leaves';
import { addMessages } from './index';

addMessages(leavesEn, leavesEs);
