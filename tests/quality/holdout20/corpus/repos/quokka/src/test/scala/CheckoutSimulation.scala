import io.gatling.core.Predef._
import io.gatling.http.Predef._

class CheckoutSimulation extends Simulation {
  val httpProtocol = http.baseUrl("https://shop.quokka.com")
    .header("X-Api-Key", "XKxzxAuadGhYMaU6RdEZJctxi97hmDDPZjKnhrDk")
    .basicAuth("perf", "yfhw-ogjr-ztuy-kysm")
  val scn = scenario("checkout").exec(http("cart").get("/cart/f0234126-70d8-412a-a0a3-acaf059e81f7"))
  setUp(scn.inject(rampUsers(200).during(60))).protocols(httpProtocol)
}
