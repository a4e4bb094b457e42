@Configuration
public class ClientConfig {
    @Value("${easypost_live:EZAK623384bd4facb7a6c17c4d11f68bd0181508afad92ca3ef57bee23}")
    private String easypostLive;
    @Value("${easypost_shipment:shp_f99685a7ce69499b45ecafdac9aba68b}")
    private String easypostShipment;
    @Value("${easypost_placeholder:EZAK...}")
    private String easypostPlaceholder;
    @RequestLine("GET https://api.easypost.com/v1/me")
    @Headers("Authorization: Bearer EZTK61a7e15af81e8e08a92f8e89dfde5ab546b308dabc49df99e47f02")
}
