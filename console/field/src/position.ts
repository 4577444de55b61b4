/** A position as the API takes it (PositionInput). */
export interface Position {
  lat: number;
  lng: number;
  accuracy: number;
}

/**
 * The phone's position now, or null when the officer refused or the phone cannot tell in time:
 * the record is still made, and the server counts it as not located.
 */
export function currentPosition(timeoutMs = 8000): Promise<Position | null> {
  if (!('geolocation' in navigator)) return Promise.resolve(null);
  return new Promise((resolve) =>
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lat: p.coords.latitude, lng: p.coords.longitude, accuracy: Math.round(p.coords.accuracy) }),
      () => resolve(null),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 0 },
    ),
  );
}
