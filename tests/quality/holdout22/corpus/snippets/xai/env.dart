// ignore_for_file: constant_identifier_names

const xaiApiKey = 'xai-tzcg4KHY4FUSfVZvWOOtTHlOQiPmXMSP6WMn7E5cFAgLB2NSB5kuGho4F7TztICpOtIHZU5o9AkUEXhS';
const xaiModel = 'grok-4';
const xaiApiKeyMasked = 'xai-************EXhS';
const xaiApiKeyExample = 'paste-your-key';
final fromEnv = Platform.environment['XAI_API_KEY'];
