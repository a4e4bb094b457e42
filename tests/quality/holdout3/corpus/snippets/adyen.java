package com.acme.integrations;

public final class Credentials {
    private static final String ADYEN_API_KEY = "AQE6TE7nMZ/ARbnWn3u9yQIliwZFYkHIBD7VsEKWeCUIsuJ3gzOxmGUr/x4sBep7V2TVH1r9ghR4SI5XLEzxRJ50hMC1ZBywHpLjH==-v2/DhQlvOWTeSkNzavPu2hwB+2GWsi+I7ErHNTflxoh=-FnBCLfH7v0SedC6e";
    private static final String ADYEN_CLIENT_KEY = "live_C0L5LTFYBEI7I95SDM4EP2BQOODBU50Z";
    private static final String ADYEN_API_KEY = System.getenv("ADYEN_API_KEY");
    static { PROPS.setProperty("adyen.api.key", "ADYEN-key-goes-here"); }
}
