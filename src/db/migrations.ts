import { Init1795392427005 } from '../../migrations/1795392427005-Init';
import { Network1795394601886 } from '../../migrations/1795394601886-Network';
import { CriticalRoster1795395429590 } from '../../migrations/1795395429590-CriticalRoster';
import { Requests1795395532413 } from '../../migrations/1795395532413-Requests';
import { SlaClocks1795396360911 } from '../../migrations/1795396360911-SlaClocks';
import { Webhooks1795402059004 } from '../../migrations/1795402059004-Webhooks';
import { Automation1795402108333 } from '../../migrations/1795402108333-Automation';
import { SafeWrites1796686409862 } from '../../migrations/1796686409862-SafeWrites';
import { MultiParty1796688614314 } from '../../migrations/1796688614314-MultiParty';

/**
 * Every migration, in order. `npm run migration:generate -- Name` writes a new file in
 * `migrations/`; review it and add its class here.
 */
export const migrations = [Init1795392427005, Network1795394601886, CriticalRoster1795395429590, Requests1795395532413, SlaClocks1795396360911, Webhooks1795402059004, Automation1795402108333, SafeWrites1796686409862, MultiParty1796688614314];
