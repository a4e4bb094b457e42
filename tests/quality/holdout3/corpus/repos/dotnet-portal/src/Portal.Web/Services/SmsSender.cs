using Twilio;

namespace Portal.Web.Services
{
    public class SmsSender
    {
        private const string AccountSid = "ACf33f0543961453cb9c10ad946b948ec0";
        private const string AuthToken = "5ef979ed4bcbf98b3b303a5e16a8951e";
        private readonly string _apiKey = Environment.GetEnvironmentVariable("VONAGE_API_SECRET");

        public SmsSender()
        {
            TwilioClient.Init(AccountSid, AuthToken);
            var vonage = new VonageClient(new Credentials { ApiKey = "1c8034d5", ApiSecret = "0j5NfOgje4DCRxEz" });
            var http = new HttpClient();
            http.DefaultRequestHeaders.Add("Authorization", "Bearer edp6bKlrSW0wu1lfz0rFno6Un3AIIyp1");
            http.DefaultRequestHeaders.Add("X-Api-Key", "sk_1092376f1d9c6ca6f0ddedd615f71873945fbdceaa5daaca");
        }
    }
}
