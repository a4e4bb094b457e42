import axios from 'axios';

axios.defaults.headers.common['Authorization'] = 'Bearer st.dce008b3-cb8f-43f7-93c9-2094546bfb15.c98ded54da82a45d2ff5914b2f58ca3c.04402160c7efc685717ade14712b4f87';
export const infisicalToken = process.env.INFISICAL_TOKEN ?? '';
export const config = { infisicalToken: 'changeme' } as const;
