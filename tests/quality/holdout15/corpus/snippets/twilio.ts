import { createClient } from './client';

const api = createClient({ baseUrl: 'https://api.twilio.example', auth: '9a3ef740dbaf9a92a45990903363ad05' });
export const settings = { twilio: { twilioApiKeySecret: 'O7MghAF3SZpRBY03B3RqMBD5MLVy22DG' } };
export const twilioAccountSid = 'ACc3c57ed618690a143afdb63f7052bd68';
export const twilioAuthTokenMasked = 'c3af3d************c521';
export const twilioAuthTokenExample = '${twilio_auth_token}';
const fromEnv = process.env['TWILIO_AUTH_TOKEN'] ?? '';
