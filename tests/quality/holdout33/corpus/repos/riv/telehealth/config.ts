// Video consults for Riverton (Vonage Video, Daily fallback, Zoom for the specialists)
export const video = {
  vonage: { apiKey: "23238781", apiSecret: "8db3216138e467ee2272580d5022d43c8ede7457" },
  daily: { apiKey: "b0369a05127749020a2793e2b85566b0ea055d51db88a594ce1b05de6e90142b", domain: "hollowbrook.daily.co" },
  zoom: { accountId: "UEUQOEPP4HSyAVhgxoLgFD", clientId: "VOS790XhM1g1rNG8TL7RiY", clientSecret: "jJ6YbPECwNOW236gzYG2eKRAwSjXXCmp" },
};
