
await fetch(url, { headers: { 'x-api-key': 'eb7c64328c0490c257a632b96292794c9bce4850' } });
const deepgramProjectId = 'a9e2612e-cca4-4513-adfb-e15c5dd84e90';
const deepgramApiKey = 'YOUR_DEEPGRAM_API_KEY';
const deepgramToken = process.env.DEEPGRAM_TOKEN;
