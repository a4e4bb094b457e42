import { App, TerraformStack } from "cdktf";
import { DigitaloceanProvider } from "@cdktf/provider-digitalocean/lib/provider";

class Edge extends TerraformStack {
  constructor(scope: App, id: string) {
    super(scope, id);
    new DigitaloceanProvider(this, "do", {
      token: process.env.DO_TOKEN ?? "dop_v1_90d207c5c3412dd66a54957c30877036ff80e6f0cddd131672eb30851dd9a86b",
    });
  }
}

new Edge(new App(), "edge");
