import io.gatling.core.Predef._
import io.gatling.http.Predef._

class CheckoutSimulation extends Simulation {
  val httpProtocol = http.baseUrl("https://shop.fernhill.com")
    .header("X-Api-Key", "g0YP0DcKRDP5nzTb44wAExMaeiES5NfR8CsnXPv8")
    .basicAuth("perf", "dihcroreppep49")
  val scn = scenario("checkout").exec(http("cart").get("/cart/d509a83b-c72d-4367-abfe-bcbda01301f1"))
  setUp(scn.inject(rampUsers(200).during(60))).protocols(httpProtocol)
}
