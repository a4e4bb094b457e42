import axios from 'axios';

axios.defaults.headers.common['Authorization'] = 'Bearer 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';
export const perplexityApiKey = process.env.PERPLEXITY_API_KEY ?? '';
export const PERPLEXITY_API_KEY: string = "TODO_PERPLEXITY_SECRET";
