/** What only the disputes remote shows beside the contract's labels: risk colours. */
export const BAND_COLORS: Record<string, string> = { low: '#91caff', medium: '#ffd666', high: '#ff7875' };
