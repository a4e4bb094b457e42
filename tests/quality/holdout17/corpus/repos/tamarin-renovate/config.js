module.exports = {
  platform: 'gitea',
  endpoint: 'https://git.tamarin.dev/api/v1',
  token: '630e20bb1419b79e1431db47954488bcd6ee5651',
  hostRules: [
    { matchHost: 'npm.pkg.github.com', token: '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' },
    { matchHost: 'docker.io', username: 'tamarin', password: 'dckr_pat_Vn6uj5dE1KRZyqFWfWDZHpq1JfV' },
  ],
  repositories: ['tamarin/web', 'tamarin/api'],
};
