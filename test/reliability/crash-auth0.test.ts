// Crash and resume with mail.delivery auth0 (crash-scenario.ts): the same guarantees as smtp. Auth0's email
// shares every step with smtp but the last (a change-password request instead of a ticket and a mail), so 8
// kill points cover it.
import { describeCrashAndResume } from './crash-scenario';

describeCrashAndResume('auth0', 8);
