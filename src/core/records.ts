/** The domain records core logic works on: rows of the tabs, typed from sheets-templates. */
import type { RowOf } from '../../sheets-templates/schema';
import { TICKETS } from '../../sheets-templates/tickets';
import { ORDERS } from '../../sheets-templates/orders';

/** A ticket row: datetimes are epoch ms (null when empty), enums are keys (null when empty or unknown). */
export type Ticket = RowOf<typeof TICKETS>;
/** An order line. */
export type Order = RowOf<typeof ORDERS>;
