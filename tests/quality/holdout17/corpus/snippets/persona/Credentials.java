package net.wrenfield.config;

public final class Credentials {
    public static final String PERSONA_API_KEY = "persona_production_aa85064e-24b2-43e0-bbd0-8fbb6809587b";
    Client c = Client.builder().token("persona_sandbox_f5ec8a88-4d24-4497-a340-9505bc4fff01").build();
    public static final String PERSONA_TEMPLATE_ID = "itmpl_2qeJaTpEDrh6h5AysYUk8emc";
    public static final String PERSONA_API_KEY_SHA256 = "aeef984ad7b1fbd90e23868de2bebeda257d5e3c34fce2b320f86d4db2eabe58";
    public static final String PERSONA_API_KEY_EXAMPLE = "%PERSONA_API_KEY%";
    static final String ENV = System.getenv("PERSONA_API_KEY");
}
