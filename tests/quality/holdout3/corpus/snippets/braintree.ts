import axios from 'axios';

export const config = { braintreePrivateKey: '5a8ac7f29d3e9edbd0f58bb75f16b784' } as const;
axios.defaults.headers.common['Authorization'] = 'Bearer access_token$production$fsay3tqqp5plqxll$8bf06febd013dd2a34e75661dcf83182';
export const BRAINTREE_PUBLIC_KEY: string = "o53i5cuwehx0st9i";
export const config = { braintreeMerchantId: 'vi0g9422qn6s3r4i' } as const;
export const braintreePrivateKey = process.env.BRAINTREE_PRIVATE_KEY ?? '';
