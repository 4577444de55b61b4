import { defineModule } from '@cp/service-kit';
import { DisputeLedgerResolver } from './ledger.resolver';

/** 纠纷台账: the steps recorded in a period, for the station's ledgers and each officer's work log. */
export const ledgerModule = defineModule({
  name: 'ledger',
  resolvers: [DisputeLedgerResolver],
});
