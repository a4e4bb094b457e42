import axios from 'axios';

export const spotifyClientSecret: string = 'a25193f6b67f540e3fe6d85ccb1902f9';
const spotipyClientSecret = process.env.SPOTIPY_CLIENT_SECRET ?? "0b9a89a297a647c551bb8684245b6661";
const spotifyClientId = 'dedb4de15b99b0f3e4b118e14c86230d';
const spotifyPlaylist = 'LNyau8mxQ1TLEij4d8xI6D';
const spotifyApiKey = process.env.SPOTIFY_API_KEY!;
