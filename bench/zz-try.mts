import { measurePlanRate, wallBudgetMs } from './targets/plan-rates';
import { PLAN_LIMITS } from '../test/support/plans';
const [name, n, factor] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4])];
const plan = PLAN_LIMITS.find((p) => p.name === name)!;
const run = await measurePlanRate({ plan, n, factor });
const { byRoute, ...rest } = run;
console.log(JSON.stringify(rest, null, 1));
console.log(byRoute);
console.log('per invitee', (run.total / n).toFixed(4), 'wall/budget', (run.wallMs / wallBudgetMs(run)).toFixed(3), 'est req', (run.estimate.requests / run.applyRequests).toFixed(3), 'est ms', (run.estimate.durationMs / run.applyMs).toFixed(3));
