/** A worker process of the evaluation: evaluates its share of the shops and prints the result as JSON. */
import { evaluate } from './evaluate';

const [shops, days, evalFrom, seed] = process.argv.slice(2).map(Number);
process.stdout.write(JSON.stringify(evaluate({ shops: shops!, days: days!, evalFrom: evalFrom!, seed: seed! })));
