import axios from 'axios';

const krakenPrivateKey = process.env.KRAKEN_PRIVATE_KEY ?? "GirxGoNyd7BPQXygzSKS7EakzuPE1rE7okC5ARak1TDBtJfs9Pz2BQ3M8+sXO5LmD8EpY6pDwAWvxRp3xy64Sw==";
const krakenApiKey = 'zwRP63sj9ZyAs8mnVkf7wh6eCs6jp5WH7241bPUVy8sFPQ+ldnjMM6ns';
const krakenPair = 'XXBTZUSD';
const krakenToken = process.env.KRAKEN_TOKEN!;
