// Video consults for Castlegate (Vonage Video, Daily fallback, Zoom for the specialists)
export const video = {
  vonage: { apiKey: "87541955", apiSecret: "c5c91c41855250c6d5126adac99d1c154ce8fc5e" },
  daily: { apiKey: "1a25f1c29d70d2afa32c30ff4e5d93d899a791380428f769fe0fec8e0c090843", domain: "hollowbrook.daily.co" },
  zoom: { accountId: "GG-VKwIhg8UIuJLmgMuLWU", clientId: "oyWqbdGu6HS1w9wzHsAj2s", clientSecret: "PawygliXfdXnG15csWOGOye9xlih6MYm" },
};
