public final class OAuthConfig {
    static final String CLIENT_ID = "f3dbf3fe-7eb7-4c62-a0d9-428c65cd1fbe";
    static final String CLIENT_SECRET = "a8807d31-be1b-4198-bb73-97d9152aa3c0";
    static final String SCOPES = "crm.objects.contacts.read oauth";
}
