import { ConnectionType } from '../../common/pagination';
import { RequestEvent } from './request-event.entity';

/** A page of events: the `events` feed and every request's `timeline`. */
export const RequestEventConnection = ConnectionType(RequestEvent, 'RequestEvent', 'request event');
