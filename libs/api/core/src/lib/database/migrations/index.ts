import { CreatedOrganisationTables1764100000000 } from './1764100000000-CreatedOrganisationTables';
import { CreatedRotationTables1764100001000 } from './1764100001000-CreatedRotationTables';
import { CreatedPolicyAndAuditTables1764100002000 } from './1764100002000-CreatedPolicyAndAuditTables';
import { CreatedSessionTable1764100003000 } from './1764100003000-CreatedSessionTable';
import { AddedIdempotencyKeys1764100005000 } from './1764100005000-AddedIdempotencyKeys';
import { AddedPersonHistory1764200000000 } from './1764200000000-AddedPersonHistory';
import { CreatedLoginThrottleTable1764300000000 } from './1764300000000-CreatedLoginThrottleTable';
import { AddedSessionWritePosition1764300001000 } from './1764300001000-AddedSessionWritePosition';
import { AddedNotificationOutbox1764300013000 } from './1764300013000-AddedNotificationOutbox';
import { AddedOidcSignIn1764300013100 } from './1764300013100-AddedOidcSignIn';
import { AddedCoverageRollup1764400001000 } from './1764400001000-AddedCoverageRollup';
import { AddedPmoFillRollup1764400002000 } from './1764400002000-AddedPmoFillRollup';
import { AddedLeaveStretchIndex1764400003000 } from './1764400003000-AddedLeaveStretchIndex';
import { AddedOutcomesRollup1764400004000 } from './1764400004000-AddedOutcomesRollup';
import { AddedOutcomeSpanBounds1764400005000 } from './1764400005000-AddedOutcomeSpanBounds';
import { AddedFairnessRollup1764400006000 } from './1764400006000-AddedFairnessRollup';
import { AddedPersonEligibleDays1764400007000 } from './1764400007000-AddedPersonEligibleDays';
import { PrunedEmptyCoverageKeys1764400010000 } from './1764400010000-PrunedEmptyCoverageKeys';
import { AddedOutcomeReturns1764400011000 } from './1764400011000-AddedOutcomeReturns';
import { AddedFairnessFactNeighbours1764400012000 } from './1764400012000-AddedFairnessFactNeighbours';
import { AddedAwayRunRollup1764400013000 } from './1764400013000-AddedAwayRunRollup';
import { IndexedRotationsByPerson1764400014000 } from './1764400014000-IndexedRotationsByPerson';

/** Every migration, in order. Listed explicitly so a bundle or a glob never misses one. */
export const MIGRATIONS = [
  CreatedOrganisationTables1764100000000,
  CreatedRotationTables1764100001000,
  CreatedPolicyAndAuditTables1764100002000,
  CreatedSessionTable1764100003000,
  AddedIdempotencyKeys1764100005000,
  AddedPersonHistory1764200000000,
  CreatedLoginThrottleTable1764300000000,
  AddedSessionWritePosition1764300001000,
  AddedNotificationOutbox1764300013000,
  AddedOidcSignIn1764300013100,
  AddedCoverageRollup1764400001000,
  AddedPmoFillRollup1764400002000,
  AddedLeaveStretchIndex1764400003000,
  AddedOutcomesRollup1764400004000,
  AddedOutcomeSpanBounds1764400005000,
  AddedFairnessRollup1764400006000,
  AddedPersonEligibleDays1764400007000,
  PrunedEmptyCoverageKeys1764400010000,
  AddedOutcomeReturns1764400011000,
  AddedFairnessFactNeighbours1764400012000,
  AddedAwayRunRollup1764400013000,
  IndexedRotationsByPerson1764400014000,
];
