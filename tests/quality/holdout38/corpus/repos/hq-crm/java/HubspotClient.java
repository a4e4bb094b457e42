package bike.brindle.crm;

class HubspotClient {
    static final String TOKEN = "pat-na3-c432890d-48fb-4daf-b8ff-c4ebe6201dc1";
    static final long PORTAL = 86444886L;
}
