import type { ActivationListQuery } from '../../../common/activations-api';
import { requestEarly } from '../../api/client';
import { activationsPath } from './api/activations';
import { parseActivationFilters, type ActivationSearch } from './activation-filters';

/** The query of one page of activations for these URL parameters (the first without `cursor`). */
export function activationsQueryOf(search: ActivationSearch, cursor?: string): ActivationListQuery {
  const { size, ...filters } = parseActivationFilters(search);
  return { ...filters, cursor, limit: size };
}

/** Requests the page the Activations page shows first, with its code (its route's beforeLoad, decision 154). */
export function requestActivationsPage(search: ActivationSearch): void {
  requestEarly(activationsPath(activationsQueryOf(search)));
}
