import axios from 'axios';

axios.defaults.headers.common['Authorization'] = 'Bearer aI7EXHRpUGe9nPxjPVkVHDx2PskexGti71eCk6x2';
export const cohereApiKey = process.env.COHERE_API_KEY ?? '';
export const COHERE_API_KEY: string = "xxxxxxxxxxxxxxxxxxxxxxxx";
