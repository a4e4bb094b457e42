
class Client { private readonly key = 'cd366831516e449f77989d7d4c8bfb7e'; }
export const cfg = { ddApiKey: '637284765b975ed4b47993ec5d0eefc4b8725b81' } satisfies Config;
const example = 'pub1f3a844006bd05eef07752dc286782ef';
const example = 'changeme';
const ddApiKey = process.env['DD_API_KEY'];
