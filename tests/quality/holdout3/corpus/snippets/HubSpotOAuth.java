public class HubSpotOAuth {
    private static final String CLIENT_SECRET = "7a18d7a5-8194-4508-b8e6-b8a5e082a160";
    private static final String REFRESH_TOKEN = "na1-8d07-c56d-42fe-ae04-2f37fbfb0dd5";
    String accessToken = "CMNkte5KOAncIx48Ql4vebdn1MW7UVcplYShI2RW-25_X2e07jgPJMp8tUSQnJnife0gCCfrjciy5-BPtj-bjHMFQWngwwQPF-pwog_HkcJguL";
    private static final String CLIENT_ID = "b10b3b34-2350-4d8d-87c1-38d2e6c208e2";
    String correlationId = "166a0ad9-42a7-4e0c-9f49-1560b5710604";
}
