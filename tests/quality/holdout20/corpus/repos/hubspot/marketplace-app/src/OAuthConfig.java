public final class OAuthConfig {
    static final String CLIENT_ID = "e65cd77b-038b-4010-965b-721d11fdbc82";
    static final String CLIENT_SECRET = "10ca0c82-5969-49d3-8578-b2b3ea2396a1";
    static final String SCOPES = "crm.objects.contacts.read oauth";
}
