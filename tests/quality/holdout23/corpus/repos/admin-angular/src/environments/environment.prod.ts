export const environment = {
  production: true,
  apiUrl: 'https://api.fernhollow.io',
  firebase: {
    apiKey: 'AIzaQHhbGL460IvMLdWhMARGXW-DPAkMvav1tOV',
    projectId: 'orders-prod-400386',
  },
  // FIXME: admin-only, move behind the API
  mapboxSecret: 'sk.eyJ1IjoiYWNtZSIsImEiOiJXNFBTp54MNZNTR1aiUpj.7Uf5UW3ONYsAamtdsoAgtd',
};
