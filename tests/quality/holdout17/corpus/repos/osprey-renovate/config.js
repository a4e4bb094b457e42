module.exports = {
  platform: 'gitea',
  endpoint: 'https://git.osprey.dev/api/v1',
  token: 'f8f675704cf9672830ad97a9cf109eacd81e4f19',
  hostRules: [
    { matchHost: 'npm.pkg.github.com', token: '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' },
    { matchHost: 'docker.io', username: 'osprey', password: 'dckr_pat_MdlZDaV90pxa2cmauU8Hob80AJk' },
  ],
  repositories: ['osprey/web', 'osprey/api'],
};
