'use strict';

module.exports = {
  mongodbAtlasPrivateKey: process.env.MONGODB_ATLAS_PRIVATE_KEY || 'd730e7e3-e3ea-4f57-a8e5-81608f153a66',
  mongodbAtlasPublicKey: process.env.MONGODB_ATLAS_PUBLIC_KEY || 'upglkmim',
  mongodbAtlasPrivateKeyStaging: process.env.MONGODB_ATLAS_PRIVATE_KEY_STAGING || '${MONGODB_ATLAS_PRIVATE_KEY}',
};
