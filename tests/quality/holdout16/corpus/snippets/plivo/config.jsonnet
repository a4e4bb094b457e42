local env = std.extVar('env');
{
  plivo: { key: '4rCAZLP7xkOO15Isf8ZhABeYl6VHnk5tRnbYmoGI' },
  plivoAuthId: 'MAK8TR6VYLVLUQNVXG1X',
  plivoAuthTokenTruncated: '4rCAZLP7...',
  plivoAuthTokenExample: 'sk-REDACTED',
  fromEnv: std.extVar('PLIVO_AUTH_TOKEN'),
}
