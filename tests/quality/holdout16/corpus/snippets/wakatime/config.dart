library config;

const String wakatimeApiKey = 'waka_b8d9bda7-6d39-4347-b1a5-641269915f6d';
const String wakatimeUserId = '6b856490-266a-447e-a99c-baf9b6e6abfb';
const String wakatimeApiKeySha256 = '588f7c22a8175ce865cf061adc6c0177791d372b6c9548bc3153e26af4a6be18';
const String wakatimeApiKeyExample = '{{ WAKATIME_API_KEY }}';
final fromEnv = Platform.environment['WAKATIME_API_KEY'];
