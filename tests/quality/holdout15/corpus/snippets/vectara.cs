using System;

namespace Acme.Integrations
{
    public static class Keys
    {
        public const string VectaraApiKey = "zwt_HjrUCaefQrRVlLMtySQBhSz7gkGLgXFbbFeVKm";
        public static readonly VectaraClient Client = new VectaraClient("zqt_tn6YEEY0om4z7qyztCqemT-8UvkziiqYqqQUil");
        public const string VectaraCorpusKey = "support-docs";
        public const string VectaraApiKeyMasked = "zwt_Rj************tHQx";
        public const string VectaraApiKeyExample = "REPLACE_WITH_vectara_api_key";
        public static string FromEnv => Environment.GetEnvironmentVariable("VECTARA_API_KEY");
    }
}
