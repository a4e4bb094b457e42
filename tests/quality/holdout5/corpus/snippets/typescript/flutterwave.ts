import axios from 'axios';

export const flwSecretKey: string = 'FLWSECK-e3c987459a55c303b3990c75a1c426b5-X';
const flutterwaveSecretKey = process.env.FLUTTERWAVE_SECRET_KEY ?? "FLWSECK_TEST-8525a2247b45b6e512c9175fe0dfe18d-X";
const flwPublicKey = 'FLWPUBK-ba321319a59ea646ef06dec27599e6b9-X';
const flwPublicKeyTest = 'FLWPUBK_TEST-5e04e32023b9340dadea709f5c4f6238-X';
const flwApiKey = process.env.FLW_API_KEY!;
