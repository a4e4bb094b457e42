import io.gatling.core.Predef._
import io.gatling.http.Predef._

class CheckoutSimulation extends Simulation {
  val httpProtocol = http.baseUrl("https://shop.fernhill.com")
    .header("X-Api-Key", "d3KD5buJOtloYfv2kcNJ9Htueg0YP0DcKRDP5nzT")
    .basicAuth("perf", "TANGOtango54@")
  val scn = scenario("checkout").exec(http("cart").get("/cart/fb024f2e-96af-4d50-ba83-bc72d13673bf"))
  setUp(scn.inject(rampUsers(200).during(60))).protocols(httpProtocol)
}
