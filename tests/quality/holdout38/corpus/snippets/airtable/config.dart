// lib/env.dart
const airtableToken = 'patlA2tCyuAW9Ze1h.ccc0e05f81a901a49c2ade063965dbdcb36ee9f957021b7b25c20cfbf594bc33';
const airtableBase = 'appgYSNi8yzu9qPaq';
const airtableTokenPrefix = 'patlA2tCyu...';
