import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const config = new pulumi.Config();
const dbPassword = config.requireSecret("dbPassword");
const provider = new aws.Provider("prod", {
    accessKey: "AKIAQZY2PEJTXA5EQQSN",
    secretKey: "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",
    region: "eu-west-1",
});
const db = new aws.rds.Instance("orders", { password: "SihCAfJ43A90X2j*22", username: "orders" });
const hcloud = new hcloud.Provider("h", { token: "afJmRAAFTRnECQkZmEM2GRDX31rwoteTns5ANg49jFkDfFokZTGi3TCArTXMOTJJ" });
const doToken = new digitalocean.Provider("do", { token: "dop_v1_e6d3f19290ab16ac22c9920db962f4bf73d12b89452a6653bc29f853f2f45665" });
