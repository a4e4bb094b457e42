'use strict';

const api = new Client('ATATT3xFfGF0odCfXqCBvTy6nuCQQdHvZVYRbnKVFJKsf5eOVUR31RMvGAcErtgTFqFwLeGUm-J_qkwLAX2O0k7iu8j_8JihcS0D_umGteg8L7Wb3f4pHF2PP4GJkWStUjJ3N-R-nalHxV-ppOgBnbEIq5P8cyrDfbCwsHNTnHvzK2i0sThrmb=2A860C6E', { retries: 3 });
const ATLASSIAN_CLOUD_ID = 'c4cfee6a-4bab-444c-8c5d-687620acdb31';
const ATLASSIAN_API_TOKEN_SEQUENTIAL = 'ATATT3xFfGF00123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRS';
const ATLASSIAN_API_TOKEN_EXAMPLE = 'change-me';
const fromEnv = process.env.ATLASSIAN_API_TOKEN;
module.exports = config;
