import { createClient } from './client';

const api = createClient({ baseUrl: 'https://api.aiven.example', auth: 'postgres://avnadmin:AVNS_SykJwcG-sVWZONlvXeQ@pg-ledger-acme.a.aivencloud.com:21045/defaultdb?sslmode=require' });
export const aivenProject = 'acme-ledger-9462';
export const aivenPgUriMasked = 'postgr************uire';
export const aivenPgUriExample = 'changeme';
const fromEnv = process.env['AIVEN_PG_URI'] ?? '';
