export const environment = {
  production: true,
  apiUrl: 'https://api.fernhollow.io',
  firebase: {
    apiKey: 'AIzand-vdnC9-P8txGGx7ZC3aMxyMYx04nt-cfj',
    projectId: 'atlas-prod-317913',
  },
  // FIXME: admin-only, move behind the API
  mapboxSecret: 'sk.eyJ1IjoiYWNtZSIsImEiOiJtsyjbUreLm1LDODZaHI0.4XZfpdt8f4lgi3o9AfMyIl',
};
