// lib/env.dart
const easypostApiKey = 'EZAK7ceadb6a26e57445a212b65edb8d7231576dd12a114a9ffaead49a';
const easypostTestKey = 'EZTK1730e5f1dcd317a2f5fe7d78888ea29c6b47c82e1308a25f5c71c4';
const easypostApiKeyStaging = 'xxxxxxxxxxxxxxxxxxxxxxxx';
