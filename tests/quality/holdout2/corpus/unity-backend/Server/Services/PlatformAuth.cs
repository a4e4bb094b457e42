using System.Net.Http;
using Discord;
using Discord.WebSocket;

namespace NwGames.Server.Services
{
    public class PlatformAuth
    {
        private const string SteamWebApiKey = "16B6E08BBB43C82781A30431B870C4F4";
        private const ulong DiscordApplicationId = 456633844696051492;

        public async Task StartCommunityBot(DiscordSocketClient client)
        {
            await client.LoginAsync(TokenType.Bot, "MzI3ODQ0MTQ2NjgyNzkxODkz.-k-Pk5.d4z8MjBYILIrN4x2efxBKfuGJvSp_zHtS7haiw");
            await client.StartAsync();
        }

        public Task<HttpResponseMessage> CheckTicket(HttpClient http, string ticket) =>
            http.GetAsync($"https://partner.steam-api.com/ISteamUserAuth/AuthenticateUserTicket/v1/?key={SteamWebApiKey}&appid=1840270&ticket={ticket}");
    }
}
