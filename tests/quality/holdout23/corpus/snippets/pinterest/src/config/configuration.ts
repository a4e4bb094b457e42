export default () => ({
  pinterestAccessToken: process.env.PINTEREST_ACCESS_TOKEN ?? 'pina_2NIH0DB9CKJIPTU9WV8UUVRQ9YFCWKVZKLEDR7HQV76BOIWNJQ0A2UDK4BWK5QBJZGSXJBSS9T9MJK8MSVEGKJQ6YI27X5OU',
  pinterestAdAccountId: process.env.PINTEREST_AD_ACCOUNT_ID ?? '697513017453',
  pinterestAppId: process.env.PINTEREST_APP_ID ?? '2916687',
  pinterestAccessTokenSha256: process.env.PINTEREST_ACCESS_TOKEN_SHA256 ?? '4888e02684efb929b6523d3461099569d6ffadb9eb525da6e6b189baca3fe76d',
  pinterestAccessTokenExample: process.env.PINTEREST_ACCESS_TOKEN_EXAMPLE ?? '************',
  fromEnv: process.env.PINTEREST_ACCESS_TOKEN,
});
