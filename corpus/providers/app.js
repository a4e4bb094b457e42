'use strict';
const express = require('express');
const OpenAI = require('openai');
const openai = new OpenAI({ apiKey: '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' });
const firebaseConfig = {
  apiKey: "AIzaCpYZx9-oEbOj9WcSm3x8UHCRmSTNFCcbX8y",
  authDomain: "acme-shop.firebaseapp.com",
  projectId: "acme-shop",
};
const stripe = require('stripe')('sk_test_LNiELVu7LFqNxl9XXlKfhSaK');
const shopify = { shop: 'acme.myshopify.com', accessToken: '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' };
const linear = new LinearClient({ apiKey: 'lin_api_pIrgTebglsb9ljubsBGV8QINugoYC4khbRLb9je5' });
const anthropicAdmin = 'sk-ant-admin01-UjhLo1oafqfEvv3324Bts6B_4vypesslrL2XGbGocqRsV3d5APZ2F8Vy6EeCx3auY_8c_SDb6QgeUI0DzlhzBQxNs_uvwAA';
const mongoUri = 'mongodb+srv://api:SqBo2BVRdpje7RpV@cluster0.x1y2z.mongodb.net/shop';
// silent: environment lookups and UI strings
const token = process.env.GITHUB_TOKEN;
const apiKey = import.meta.env.VITE_MAPS_API_KEY;
const passwordLabel = 'Enter your password';
const app = express();
app.listen(3000);
