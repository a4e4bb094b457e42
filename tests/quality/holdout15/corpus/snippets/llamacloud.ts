import { createClient } from './client';

export const settings = { llamacloud: { llamaCloudApiKey: 'llx-c0XkLD9ZcGeMMtVUtCNcblu7Ztn8bm5oHvcCjHhf76ND3FDp' } };
export const llamacloudProjectId = 'e5d4f046-1fb1-47a3-b315-1289c473c4c5';
export const llamaCloudApiKeyMasked = 'llx-dq************QzQJ';
export const llamaCloudApiKeyExample = 'REPLACE_WITH_llama_cloud_api_key';
const fromEnv = process.env['LLAMA_CLOUD_API_KEY'] ?? '';
