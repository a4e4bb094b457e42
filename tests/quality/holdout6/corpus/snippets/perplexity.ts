import axios from 'axios';

export const perplexityApiKey: string = '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';
const perplexityModel = 'sonar-pro';
const pplxApiKey = 'pplx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';
const perplexityToken = process.env.PERPLEXITY_TOKEN!;
