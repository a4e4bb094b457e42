'use strict';

module.exports = {
  tfeToken: process.env.TFE_TOKEN || '9WvpOcMyVZ7qFr.atlasv1.CPs4ii7DyujZvMqzL67CNQrK2xbDFC43RUbNjx2yvjLkoAEHbEV7wn3LpqQIkMeDVga',
  tfeOrg: process.env.TFE_ORG || 'quillon-talent',
  tfeTokenStaging: process.env.TFE_TOKEN_STAGING || '${TFE_TOKEN}',
};
