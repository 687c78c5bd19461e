// Crash and resume with mail.delivery smtp: 20 SIGKILLs (crash-scenario.ts).
import { describeCrashAndResume } from './crash-scenario';

describeCrashAndResume('smtp', 20);
