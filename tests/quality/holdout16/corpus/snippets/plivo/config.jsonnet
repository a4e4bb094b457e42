local env = std.extVar('env');
{
  plivo: { key: 'iU7p4rCAZLP7xkOO15Isf8ZhABeYl6VHnk5tRnbY' },
  plivoAuthId: 'MAMO68K8TR6VYLVLUQNV',
  plivoAuthTokenTruncated: 'iU7p4rCA...',
  plivoAuthTokenExample: 'sk-REDACTED',
  fromEnv: std.extVar('PLIVO_AUTH_TOKEN'),
}
