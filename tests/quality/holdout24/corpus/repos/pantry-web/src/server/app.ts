import Fastify from "fastify";
import fastifyJwt from "@fastify/jwt";
import fastifySession from "@fastify/session";

const app = Fastify({ logger: true });

app.register(fastifyJwt, { secret: "V10l3t2026" });
app.register(fastifySession, {
  secret: process.env.SESSION_SECRET ?? "3zGTer3bFtnusec7sa0gYRFzulBRUfv2MUVs42eLFeqP4qQxdOaN9Dk44AiZO7U7",
  cookie: { secure: true },
});

app.register(import("./routes/orders"), { prefix: "/v1" });
