import io.gatling.core.Predef._
import io.gatling.http.Predef._

class CheckoutSimulation extends Simulation {
  val httpProtocol = http.baseUrl("https://shop.quokka.com")
    .header("X-Api-Key", "xi97hmDDPZjKnhrDkDXloSDnsJ9ZMPXvWKz3QFRb")
    .basicAuth("perf", "pepper.summit.lantern.3")
  val scn = scenario("checkout").exec(http("cart").get("/cart/12670d88-12a4-4a3a-aaf0-59e81f78b91b"))
  setUp(scn.inject(rampUsers(200).during(60))).protocols(httpProtocol)
}
