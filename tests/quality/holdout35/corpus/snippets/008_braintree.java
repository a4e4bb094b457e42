// braintree integration (fixture for the config loader)
public class BraintreeConfig {
    private static final String BRAINTREE_ACCESS_TOKEN = "access_token$production$0mfsv622unaxvax1$fa45243f2e4cabfb65f1335f6605afb7";
    static final String BRAINTREE_TEST_KEY = "access_token$sandbox$a8u6epedb3sn5c10$e0e980e286c9b83c50ff5f516d02d94b";
// rotated on 2025-09-09, old value acce************afb7 (revoked)
    static final String BRAINTREE_ACCESS_TOKEN_EXAMPLE = "YOUR_BRAINTREE_ACCESS_TOKEN_HERE";
}
