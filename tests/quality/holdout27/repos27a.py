"""repos/ part A: Corrie & Vane Ropeways' application code (lift telemetry, the ski-pass shop,
snowmaking control, the weather deck), each template written for three sites (valley, glacier, summit)."""
from tmpl27 import files

SITES = [("valley", "Valley", "vly", "m.aebischer"), ("glacier", "Glacier", "glc", "r.zurbriggen"),
         ("summit", "Summit", "smt", "j.perren")]

T = [
    ("gondola-telemetry/@SITE@/cmd/plcbridge/main.go", "app:go-const",
     """package main

// plcbridge reads the drive PLCs of the @SITE@ section over Modbus/TCP and
// publishes to MQTT. The broker account is per section.
const (
	mqttURL      = "tls://mqtt-@SHORT@.cv.internal:8883"
	mqttUser     = "plcbridge-@SHORT@"
	mqttPassword = "«P mosquitto password pw»"
)

// firmware build of the Siemens CPU we tested against (not a secret)
const cpuFirmwareHash = "«D plc firmware_sha1 hex:40»"
"""),
    ("gondola-telemetry/@SITE@/internal/store/timescale.rs", "app:rust",
     """use sqlx::postgres::PgPoolOptions;

pub async fn pool() -> sqlx::Result<sqlx::PgPool> {
    // TODO(@USER@): move to the secrets agent before the season opens
    let url = "postgres://telemetry:«Q timescale password pw»@ts-@SHORT@.cv.internal:5432/telemetry";
    PgPoolOptions::new().max_connections(8).connect(url).await
}
"""),
    ("skipass-shop/@SITE@/src/Payment/Gateway.kt", "app:kotlin",
     """package io.corrievane.shop.payment

object GatewayConfig {
    const val STRIPE_KEY = "«P stripe secret_key sk_live_51|an:97»"
    const val STRIPE_PUBLISHABLE = "«D stripe publishable_key pk_live_51|an:97»"
    val webhookSecret: String = System.getenv("STRIPE_WEBHOOK_SECRET") ?: "«P stripe webhook_secret whsec_|an:32»"
}
"""),
    ("skipass-shop/@SITE@/app/Http/Middleware/KioskAuth.php", "app:php",
     """<?php
namespace App\\Http\\Middleware;

class KioskAuth
{
    // kiosks at the @SITE@ ticket office send this shared key; rotate per season
    private const KIOSK_SHARED_KEY = '«P kiosk shared_key b64u:40»';
    private const LEGACY_PIN_HASH = '«D kiosk bcrypt_hash $2y$10$|b64u:53»';
}
"""),
    ("snowops/@SITE@/snowgun/config.py", "app:python-dataclass",
     """from dataclasses import dataclass


@dataclass(frozen=True)
class ScadaSettings:
    host: str = "scada-@SHORT@.cv.internal"
    port: int = 502
    username: str = "snowops"
    password: str = "«P scada password pw»"
    # serial of the pump controller, printed on the housing
    serial: str = "«D scada device_serial TK|up:10»"
"""),
    ("snowops/@SITE@/snowgun/notify.py", "app:python",
     """import requests

SLACK_HOOK = "«P slack webhook_url https://hooks.slack.com/services/T|up:8|/B|up:10|/|an:24»"
TEAMS_CHANNEL_ID = "«D teams channel_id 19:|hex:32|@thread.tacv2»"


def post(text):
    requests.post(SLACK_HOOK, json={"text": text}, timeout=5)
"""),
    ("weatherdeck/@SITE@/src/stations.ts", "app:typescript",
     """// Davis and Campbell stations on the @SITE@ runs; the vendor cloud wants a key + secret pair
export const weatherlink = {
  stationUuid: '«D weatherlink station_uuid uuid»',
  apiSecret: '«P weatherlink api_secret lo:32»',
  stationIds: [«D weatherlink station_id dig:6», 118342],
};
export const OPENAI_KEY = '«P openai project_key sk-proj-|b64u:74|T3BlbkFJ|b64u:74»';
"""),
    ("weatherdeck/@SITE@/src/main/resources/application-prod.yml", "app:spring",
     """spring:
  datasource:
    url: jdbc:mariadb://db-weather-@SHORT@.cv.internal:3306/weather
    username: weatherdeck
    password: «P mariadb password pw»
  mail:
    host: smtp.corrievane.com
    username: weatherdeck@corrievane.com
    password: ${MAIL_PASSWORD:«D spring placeholder changeit»}
"""),
    ("gondola-telemetry/@SITE@/deploy/mosquitto/passwd", "app:mosquitto-passwd",
     """plcbridge-@SHORT@:«D mosquitto pbkdf2_hash $7$101$|b64:16|$|b64:86|==»
grafana:«D mosquitto pbkdf2_hash $7$101$|b64:16|$|b64:86|==»
"""),
    ("skipass-shop/@SITE@/config/packages/messenger.yaml", "app:symfony",
     """framework:
    messenger:
        transports:
            async: 'amqp://shop:«Q rabbitmq password pw»@mq-@SHORT@.cv.internal:5672/%2f/messages'
            failed: 'doctrine://default?queue_name=failed'
"""),
    ("skipass-shop/@SITE@/src/lib/mailer.swift", "app:swift",
     """import Foundation

enum Mailer {
    static let sendgridKey = "«P sendgrid api_key SG.|b64u:22|.|b64u:43»"
    static let fromAddress = "tickets@corrievane.com"
    static let templateId = "«D sendgrid template_id d-|hex:32»"
}
"""),
    ("gondola-telemetry/@SITE@/tools/replay.jl", "app:julia",
     """# replay a day of cabin-count telemetry into the staging broker
using HTTP, JSON3
const INFLUX_TOKEN = "«P influxdb token b64u:86|==»"
const ORG_ID = "«D influxdb org_id hex:16»"
HTTP.post("https://influx-@SHORT@.cv.internal/api/v2/write?org=$(ORG_ID)&bucket=cabins";
          headers = ["Authorization" => "Token $(INFLUX_TOKEN)"], body = read("day.lp"))
"""),
    ("snowops/@SITE@/reservoir/levels.R", "app:r",
     """library(httr2)
# pond level sensors at the @SITE@ reservoir (LoRaWAN, The Things Stack)
tts_key <- "«P thethingsnetwork api_key NNSXS.|b32:39|.|b32:52»"
req <- request("https://eu1.cloud.thethings.network/api/v3/as/applications/cv-reservoir/packages/storage/uplink_message") |>
  req_auth_bearer_token(tts_key)
"""),
    ("skipass-shop/@SITE@/src/checkout/paypal.dart", "app:dart",
     """class PayPalConfig {
  static const clientId = '«D paypal client_id A|b64u:79»';
  static const clientSecret = '«P paypal client_secret E|b64u:79»';
  static const sandbox = false;
}
"""),
    ("gondola-telemetry/@SITE@/sim/cabin_sim.cs", "app:csharp",
     """namespace CorrieVane.Sim
{
    internal static class Secrets
    {
        // the simulator writes to the same Event Hub as the cabins
        internal const string EventHub = "Endpoint=sb://cv-telemetry-@SHORT@.servicebus.windows.net/;SharedAccessKeyName=sim;SharedAccessKey=«P azure shared_access_key b64:43|=»;EntityPath=cabins";
        internal const string CorrelationSeed = "«D sim seed_uuid uuid»";
    }
}
"""),
    ("weatherdeck/@SITE@/ios/WeatherDeck/Secrets.m", "app:objc-dictionary",
     """#import "Secrets.h"

NSDictionary *CVSecrets(void) {
    return @{
        @"mapboxToken": @"«P mapbox secret_token sk.eyJ1IjoiY29ycmlldmFuZSIsImEiOiJ|b64u:18|In0.|b64u:22»",
        @"mapboxPublic": @"«D mapbox public_token pk.eyJ1IjoiY29ycmlldmFuZSIsImEiOiJ|b64u:18|In0.|b64u:22»",
        @"buildNumber": @"412",
    };
}
"""),
    ("skipass-shop/@SITE@/tests/fixtures/payments.json", "app:fixture",
     """{
  "_comment": "fixtures for the checkout tests; only documented sample values from the providers' docs",
  "aws_example_key_id": "«D aws documented_example AKIAIOSFODNN7EXAMPLE»",
  "aws_example_secret": "«D aws documented_example wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY»",
  "stripe_publishable": "«D stripe publishable_test_key pk_test_|an:99»",
  "card": "4242424242424242",
  "order_id": "«D shop order_uuid uuid»"
}
"""),
    ("snowops/@SITE@/ansible/roles/snowgun/defaults/main.yml", "app:ansible-defaults",
     """snowgun_version: 3.8.1
snowgun_listen: 0.0.0.0:9102
snowgun_admin_user: admin
snowgun_admin_password: "«P snowgun password pw»"
snowgun_license_id: «D snowgun license_id SG-|dig:4|-|dig:4»
"""),
    ("gondola-telemetry/@SITE@/Cargo.toml", "app:cargo-env",
     """[package]
name = "plcbridge"
version = "0.7.3"
edition = "2021"

[package.metadata.deb]
maintainer = "Lifts IT <lifts-it@corrievane.com>"

[env]
SENTRY_AUTH_TOKEN = "«P sentry org_token sntrys_eyJpYXQiOjE3|b64u:60|In0=_|b64u:43»"
"""),
    ("skipass-shop/@SITE@/src/Printer/ZebraClient.vb", "app:vbnet",
     """Public Class ZebraClient
    ' label printer at the @SITE@ ticket desk; web admin login
    Private Const AdminUser As String = "admin"
    Private Const AdminPassword As String = "«P zebra password pw»"
    Private Const PrinterSerial As String = "«D zebra serial_number 5|up:11»"
End Class
"""),
]


def build(Doc):
    specs = []
    for site, Site, short, user in SITES:
        for path, shape, text in T:
            sub = lambda s: s.replace("@SITE@", site).replace("@Site@", Site).replace("@SHORT@", short).replace("@USER@", user)  # noqa: E731
            specs.append(("repos/" + sub(path), shape, sub(text)))
    return files(Doc, "repos", specs)
