public final class OAuthConfig {
    static final String CLIENT_ID = "a128c4b7-65f6-4b9c-92e2-3b5d960e49f6";
    static final String CLIENT_SECRET = "fcc35a88-5f90-4ba2-af09-0a6e02f97e45";
    static final String SCOPES = "crm.objects.contacts.read oauth";
}
