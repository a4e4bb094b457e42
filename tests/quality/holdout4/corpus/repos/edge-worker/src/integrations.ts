export const integrations = {
  cohere: { apiKey: "CjJjmSDUvZE1EAnTnieypBB9Eyw7JDDcG07z5EfV" },
  voyage: { apiKey: "pa-4k3AzW55LSVKUMKK7RDauywrELZQu5fE2FaLKuG6Ejj", model: "voyage-3" },
  tavily: "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",
  firecrawl: "fc-1210bd9f21c8d4c690a8cb950db6417c",
  langfuse: { publicKey: "pk-lf-1bc39253-96d5-4349-be2f-68ccfe913e91", secretKey: "sk-lf-5b1a228e-0ac8-4979-8bfa-8f95171e7fd0" },
  posthogProjectKey: "phc_FD5sj4NMwTVPapQqImKSbC2HH1R82d307mggKLHQIwr",
  posthogPersonal: "phx_ISMTWJPpVgoikRNNrmnEIT13y1VnBALYwrMqc2ihbFx",
  launchdarklySdk: "sdk-79d07ba3-7f37-4dae-986b-153ef5e8174c",
  launchdarklyClientId: "4cd5147437fd34affcd967a5",
  segmentWriteKey: "GjyQTkdUyTfF5rxpJlpEtXBBiSXD0YbJ",
  mixpanelToken: "d3107e87f5b17f191a0e70be266c65d4",
};
