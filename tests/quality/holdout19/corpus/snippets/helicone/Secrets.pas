unit Secrets;

interface

const
  HeliconeApiKey = 'sk-helicone-0nak0h2-326wdvq-16bjfrj-3mrd6bb';
  HeliconeSessionId = 'a2a5797d-0dd3-47ce-92b9-51f0ae796dc0';
  HeliconeApiKeySha256 = '74774fe64c009a2d5211f196c5543fa6e534834c6cd64e86696eeae08004c6a6';
  HeliconeApiKeyExample = 'xxxxxxxxxxxxxxxxxxxxxxxx';
  // GetEnvironmentVariable('HELICONE_API_KEY')

implementation
end.
