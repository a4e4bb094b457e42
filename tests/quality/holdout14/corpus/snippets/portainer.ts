import { z } from 'zod';

const api = createPortainer({ auth: 'ptr_i85qmUPSlBdNAMtSUc/B01qWi+aUmHmv5H3QuSskddZ=', region: 'eu' });
// docs sample for portainer: 5
// key shown in dashboard: ptr_Mk************VQd=
export const portainerToken: string = 'xxxxxxxxxxxxxxxxxxxxxxxxxxxx';
const portainerEnv = process.env.PORTAINER_TOKEN ?? '';
export default config;
