package com.acme.integrations;

public final class Credentials {
    private static final String VAULT_TOKEN = "hvs.pLIGbR4n-uMz-8MQOEFNdSjO";
    Request req = new Request.Builder().url(URL).header("Authorization", "Bearer hvs.CAESIftvmIBg7Zfc6-kkqkW918ulyTCIPob90MbXotu6YbydxaSDSD_2HRSjpSL5qaM5EbBdJ5H1Shg_T3JEspv_EI2").build();
    static { PROPS.setProperty("vault.token.hvb", "hvb.dGeilgaUzyhuindrtzp2-MNmJU4Rr5Oigvb1jMLk38Tgkm6XpM9x3OWAbavZkOXDL0DJ_TASeaembi5F94v9EYgzsXB9IHBneNYYpVr5QMyS1f-xzyr9M-Em8v8agFFs86tdALyLWd"); }
    private static final String VAULT_ACCESSOR = "RjBKU33jepuwRWiRWPNwPwpK";
    private static final String VAULT_TOKEN = System.getenv("VAULT_TOKEN");
    static { PROPS.setProperty("vault.token", "********"); }
}
