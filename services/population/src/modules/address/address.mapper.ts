import type { StandardAddressEntity } from './address.entity';
import type { StandardAddress } from './address.type';

export const toAddress = (e: StandardAddressEntity): StandardAddress => ({
  id: e.id,
  fullText: e.fullText,
  lat: e.lat ?? null,
  lng: e.lng ?? null,
  communityId: e.community.id,
});
