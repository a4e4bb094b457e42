module.exports = {
  platform: 'gitea',
  endpoint: 'https://git.larchwood.dev/api/v1/',
  token: 'd767dcd1ab078b18160645cbe797ea3524262626',
  hostRules: [
    {
      matchHost: 'npm.pkg.github.com',
      token: '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nY',
    },
    {
      matchHost: 'docker.io',
      username: 'larchbot',
      encrypted: {
        password: 'wcFMAiL2RM3zR3EsR4NGPRN7yUUv/edBON21l/n6qh9p5AW7BVRlW4/aFAyEtmtBbE3RBoFy1Geh2YrAhNtDSUpKxXGam8IyA9U2QWp6rnMrwbycJSBVrAGnvAW6wOWhqcG709t1+d+f6x0AM4CypRFpGLXB3+RmYNqj0Z8hdiJ0vpmS+lmIofHqlf/ubBcZZ1MsG7EiZLAH4cy743Idb2fndoparf4HNwAT+TwIkf8p53BFt6hWM',
      },
    },
  ],
};
