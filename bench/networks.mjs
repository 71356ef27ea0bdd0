// The network profiles of the benchmarks (Chromium's network emulation, over CDP), in one place.

// The mobile network profile: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip.
export const MOBILE = { offline: false, latency: 150, downloadThroughput: (1.6e6 / 8) | 0, uploadThroughput: (750e3 / 8) | 0 };
// A 4G network (issue 18's profile for the large datasets): 9 Mbit/s down, 1.5 Mbit/s up, 85 ms round trip.
export const FOUR_G = { offline: false, latency: 85, downloadThroughput: (9e6 / 8) | 0, uploadThroughput: (1.5e6 / 8) | 0 };
export const NETWORKS = { mobile: MOBILE, '4g': FOUR_G };
