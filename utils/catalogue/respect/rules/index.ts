import type { RuleSet } from '../rule';
import { DECEPTION } from './deception';
import { MONEY } from './money';
import { RECORDING } from './recording';
import { REPEATED_CONTACT } from './repeatedContact';
import { RISK } from './risk';
import { ROMANCE } from './romance';
import { SEXUAL } from './sexual';

export const RULES: RuleSet = {
  deception: DECEPTION,
  romance: ROMANCE,
  sexual: SEXUAL,
  repeatedContact: REPEATED_CONTACT,
  recording: RECORDING,
  money: MONEY,
  risk: RISK,
};
