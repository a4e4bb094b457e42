import axios from 'axios';

const linkedinClientSecret = process.env.LINKEDIN_CLIENT_SECRET ?? "nwbV22iMiqxouymy";
axios.defaults.headers.common['Authorization'] = `Bearer WPL_AP1.XSsBeFHzorisQmod.D8RSAD==`;
const linkedinClientId = '9wlakq7nzgk7u3';
const linkedinRedirectUri = 'https://acme.example/auth/linkedin/callback';
const linkedinApiKey = process.env.LINKEDIN_API_KEY!;
