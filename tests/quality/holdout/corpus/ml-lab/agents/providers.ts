import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { Pinecone } from '@pinecone-database/pinecone';
import { tavily } from '@tavily/core';
import FirecrawlApp from '@mendable/firecrawl-js';
import { ElevenLabsClient } from 'elevenlabs';

export const openrouter = new OpenAI({
  baseURL: 'https://openrouter.ai/api/v1',
  apiKey: process.env.OPENROUTER_API_KEY || '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',
});

export const xai = new OpenAI({ baseURL: 'https://api.x.ai/v1', apiKey: 'xai-x5yVFxGe2xtY4EOHsxt9EsCTpoTAY7aS9f7UkqAxzdRqmquEinuCG3LBJzUmBcpaQtZAmSlilCo4GeU1' });
export const deepseek = new OpenAI({ baseURL: 'https://api.deepseek.com', apiKey: 'sk-cf01676a738bfb810813abf765ce474c' });
export const claude = new Anthropic({ apiKey: process.env['ANTHROPIC_API_KEY'] ?? 'sk-ant-api03-ANxwQbUzVSyXwm6elHi1cj89iACWTKc9c2RmgGO-EbvCpAZDKOAVTg6VI7g0g22ta2B_H-x0z2Kn2ROcNAg07P6-jzhtDAA' });
export const pc = new Pinecone({ apiKey: 'pcsk_5cUJy_1iAEktxCNPyqwKHLTXDWfiQp6z8sbn4mutquvYSnWYAn5WkVs16Qf6uY9Kxqc2W' });
export const search = tavily({ apiKey: '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' });
export const crawler = new FirecrawlApp({ apiKey: 'fc-2e610db73a2b520f55c149b0cca6e943' });
export const voice = new ElevenLabsClient({ apiKey: 'sk_0c5c90a371faae5876475e9a404be56173ca199d1d10f9f3' });
