import axios from 'axios';

axios.defaults.headers.common['Authorization'] = `Bearer AQEbaGvc6+mVTNM2JVy3X6M1fA9kPX8ZHAIk41xHEU/GkhuWdeP5s7VARLOMH1UBxJqXmkHnzn4ECyJoa+zW5i6Ah9TEp94js/J-tWI6k27lJMr4bpHDa95cvpeQDOgzyeNyujFigp17JF0=-MYAWUeyK,smh3vjQ`;
const adyenClientKey = 'test_WYK689ZTQEALUDZNGHZXLOAB1PIYNVYC';
const adyenMerchantAccount = 'AcmeShop965ECOM';
const adyenToken = process.env.ADYEN_TOKEN!;
