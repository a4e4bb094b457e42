// Video consults for Ambleside (Vonage Video, Daily fallback, Zoom for the specialists)
export const video = {
  vonage: { apiKey: "21604596", apiSecret: "4068a0ce7ac9782f0dc5b0829e8b36064545857b" },
  daily: { apiKey: "5f89a38d73af796e149db0d7650296311b808f4ac06f747a1a86e0ad215e958c", domain: "hollowbrook.daily.co" },
  zoom: { accountId: "Zf5qS-QIsWdAzRGk2bECAr", clientId: "vTT61IDCLs9BMux_McZfjc", clientSecret: "foVWTB6d7x0XQt8oGlN5kxT4PsEl6o2A" },
};
