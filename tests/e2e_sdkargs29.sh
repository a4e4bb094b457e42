#!/usr/bin/env bash
# End-to-end tests of wave 29's calls whose signature puts a secret at a
# known place (patterns/sdkcalls.json's "secret_calls"): a login's password
# after its user (ArcGIS's GIS(url, user, pw), cx_Oracle's connect(user, pw,
# dsn), ldap3's Connection(server, user, pw), Spring's
# DriverManagerDataSource(url, user, pw), Ruby's Net::FTP.new(host, user,
# pw), SSH.NET's SshClient(host[, port], user, pw), PHP's oci_connect,
# Perl's ->credentials, R's odbcConnect, Rust's Credentials::new), an SDK's
# key or token (AzureKeyCredential, ClientSecretCredential's secret), in
# Python, Java, Kotlin, C#, PowerShell, Go, TypeScript, PHP, Ruby, Perl, R,
# Rust and Swift, on one line and folded over several. Refused: variables,
# the environment, getpass(), None, "", samples ("password", "<password>",
# "${PW}", "*****", scott/tiger), format strings, a path, a uuid or a
# digest in the secret's place, a port where the user goes (another
# signature: the password is then one place on), more arguments than the
# signature takes, keyword arguments before the place, and a method of the
# same name from another library (Configuration.Bind, fn.bind).
. "$(dirname "$0")/lib.sh"

# scan FILE: $T/FILE's report (--show-secrets) in $T/out
scan() {
	CUR=$1
	"$KEYHOUND" scan "$T/$1" -f json --show-secrets -o "$T/out" 2>"$T/err"
}
# line_of TEXT: the first line of $CUR holding TEXT
line_of() { grep -nF -- "$1" "$T/$CUR" | head -1 | cut -d: -f1; }
# at VALUE: one finding of VALUE, on the line that holds it
at() {
	local l
	l=$(line_of "$1")
	check "$CUR: $1 at ${l:-?}" jq -e --arg s "$1" --argjson l "${l:-0}" \
		'[.[] | select(.secret == $s)] | length == 1 and .[0].line == $l' "$T/out"
}
# quiet TEXT: no finding on the line that holds TEXT
quiet() {
	local l
	l=$(line_of "$1")
	check "$CUR: nothing at ${l:-?} ($1)" jq -e --argjson l "${l:-0}" \
		'$l > 0 and ([.[] | select(.line == $l)] | length == 0)' "$T/out"
}
# total N: the last scan found N secrets
total() {
	check "$CUR: $1 findings" jq -e --argjson n "$1" 'length == $n' "$T/out"
}

# ---- Python ----------------------------------------------------------------
mk app/gis_sync.py 'import os, getpass
import cx_Oracle, oracledb, ibm_db, ldap3, redis, hvac, jenkins, nntplib
from arcgis.gis import GIS
from requests.auth import HTTPDigestAuth
from pysnmp.hlapi import UsmUserData
from smb.SMBConnection import SMBConnection
from neo4j import basic_auth
from ftputil import FTPHost
from sqlalchemy.engine import URL
from azure.identity import ClientSecretCredential, UsernamePasswordCredential
from azure.core.credentials import AzureKeyCredential

portal = GIS("https://maps.orchard.example/arcgis", "mapsync", "Vq7rLp2xNw4k")
editor = GIS(
    "https://maps.orchard.example/arcgis",  # the editing portal
    "editor",
    "Tz5mHq8wRc3j",
)
conn = cx_Oracle.connect("billing", "Kp4wZx9mQr2t", "orahost:1521/BILL")
pool = cx_Oracle.SessionPool("rep", "Hx3nVb7kLm5q", dsn, 1, 4, 1)
hr = oracledb.connect("hr_app", "Wm8tRq2zNc6v", "db7/pdb2")
db2 = ibm_db.connect("SAMPLE", "db2inst2", "Jr6yTq3wXk9p")
ld = ldap3.Connection(srv, "uid=sync,ou=svc,dc=orchard,dc=example", "Lf2hWq8mZr5t", auto_bind=True)
cam = requests.get(cam_url, auth=HTTPDigestAuth("camera", "Pn7xKw3qTz9m"))
pop.user("inbox"); pop.pass_("Rd5vMq2wLx8k")
v3 = UsmUserData("monitor", "Gk4pWz8qNr3t", "Yb6mTx2vKq9w")
v3b = UsmUserData("monitor2", authKey="Qs3nHw7kZp5x", privKey="Mc9tRv4wLq2z")
cache = redis.Redis("cache3", 6379, 0, "Xw2kPq7mRt4n")
smb = SMBConnection("scanner", "Nh8qVx3kWm6t", "client01", "nas01")
graph = GraphDatabase.driver(uri, auth=basic_auth("neo4j", "Fz6qWm2xRk8t"))
ci = jenkins.Jenkins("https://ci.orchard.example", "builder", "Tq9wLm4xKz2r")
mirror = FTPHost("ftp.orchard.example", "mirror", "Hv3kZq7wPm5x")
news = nntplib.NNTP("news.orchard.example", 119, "reader", "Wx5tQk2mLr9v")
transport.auth_password("deploy", "Km7qZx3wTr8p")
dw = URL.create("postgresql+psycopg2", "etl", "Rz4mWq8kXt2n", "pg9", 5432, "dw")
metrics = influxdb.InfluxDBClient("influx1", 8086, "grafana", "Lp6wQz3mKx9t", "metrics")
sp = ClientSecretCredential("7c1e9a40-2b7d-4f3a-9e21-5d8c6b0a4f12", "4a9d2e17-8c3b-4f60-a1d5-2e7b9c0f3a68", "Xq8~Tz3mWk7pLr2vNb5hQs9cFd4gJy6tRw1e")
ropc = UsernamePasswordCredential("4a9d2e17-8c3b-4f60-a1d5-2e7b9c0f3a68", "ops@orchard.example", "Wn3xKq7tZm2r")
search = AzureKeyCredential("b7Qm2xWk9pTz4rLn6vHc3sDf8gJy1tRw")
pw_key = hmac.new("Zk4tWq9mXr2pLn7v".encode("utf-8"), body, hashlib.sha256)
'
scan app/gis_sync.py
for v in Vq7rLp2xNw4k Tz5mHq8wRc3j Kp4wZx9mQr2t Hx3nVb7kLm5q Wm8tRq2zNc6v Jr6yTq3wXk9p \
	Lf2hWq8mZr5t Pn7xKw3qTz9m Rd5vMq2wLx8k Gk4pWz8qNr3t Yb6mTx2vKq9w Qs3nHw7kZp5x \
	Mc9tRv4wLq2z Xw2kPq7mRt4n Nh8qVx3kWm6t Fz6qWm2xRk8t Tq9wLm4xKz2r Hv3kZq7wPm5x \
	Wx5tQk2mLr9v Km7qZx3wTr8p Rz4mWq8kXt2n Lp6wQz3mKx9t Xq8~Tz3mWk7pLr2vNb5hQs9cFd4gJy6tRw1e \
	Wn3xKq7tZm2r b7Qm2xWk9pTz4rLn6vHc3sDf8gJy1tRw Zk4tWq9mXr2pLn7v; do
	at "$v"
done
total 26

mk app/decoys.py 'import os, getpass
portal = GIS("https://maps.orchard.example/arcgis", username, password)
portal = GIS("https://maps.orchard.example/arcgis", "mapsync", os.environ["ARCGIS_PASSWORD"])
portal = GIS(url, "mapsync", getpass.getpass())
portal = GIS("home")
portal = GIS(url, "admin", "password")
portal = GIS(url, "admin", "<password>")
portal = GIS(url, "admin", "${ARCGIS_PW}")
portal = GIS(url, "admin", "*****")
portal = GIS(url, "admin", "")
portal = GIS(url, "admin", None)
portal = GIS(url, "admin", "{}".format(pw))
portal = GIS(url, "admin", "%s" % pw)
conn = cx_Oracle.connect("scott", "tiger", "orcl")
hr = oracledb.connect(user="hr", dsn="db7/pdb2", password=pw)
hr = oracledb.connect(user, "db7.orchard.example", dsn)
mirror = FTPHost("ftp.orchard.example", "mirror", "https://ftp.orchard.example/pub")
cache = redis.Redis("cache3", 6379, 0)
cache = redis.Redis(host="cache3", port=6380, db="sessions")
metrics = influxdb_client.InfluxDBClient(url="http://influx:8086", org="orchard", token=tok)
metrics = influxdb.InfluxDBClient("influx1", 8086, "grafana", pw, "metrics")
ld = ldap3.Connection(server, user_dn, pw)
smb = SMBConnection(user, pw, "client01", "nas01")
mirror = FTPHost("ftp.orchard.example", "mirror", "/etc/ftp/mirror.secret")
auth.login(request, "/dashboard/overview")
v3 = UsmUserData("monitor")
sp = ClientSecretCredential(tenant, client, os.getenv("AZURE_CLIENT_SECRET"))
search = AzureKeyCredential(os.environ["SEARCH_KEY"])
'
scan app/decoys.py
for t in 'username, password' ARCGIS_PASSWORD getpass '"home"' '"password")' '<password>' \
	'${ARCGIS_PW}' '"*****"' '"admin", "")' None '.format(pw)' '% pw' tiger 'password=pw' \
	'user, "db7' /pub 'cache3", 6379, 0)' sessions 'token=tok' '"grafana", pw' user_dn \
	'SMBConnection(user' mirror.secret /dashboard/ '"monitor")' AZURE_CLIENT_SECRET SEARCH_KEY; do
	quiet "$t"
done
total 0

# the same call in a test: still reported, its context a test's
mk tests/test_portal.py 'def test_portal():
    gis = GIS("https://maps.orchard.example/arcgis", "qa_bot", "Hn6wTq2kXm9r")
'
scan tests/test_portal.py
at Hn6wTq2kXm9r
check "test context" jq -e '.[0].context == "test"' "$T/out"

# a documentation sample
mk docs/portal.md 'Sign in to your portal:

```python
from arcgis.gis import GIS
gis = GIS("https://www.arcgis.com", "username", "password")
gis = GIS("https://www.arcgis.com", "<username>", "<password>")
gis = GIS(url, "jdoe", "your_password")
```
'
silent docs/portal.md

# ---- Java, Kotlin --------------------------------------------------------
mk src/main/java/org/orchard/DataConfig.java 'package org.orchard;

class DataConfig {
	DataSource ledger() {
		return new DriverManagerDataSource("jdbc:postgresql://pg4/ledger", "ledger", "Nw4qTz8mKr2x");
	}
	DataSource audit() {
		return new SimpleDriverDataSource(new org.postgresql.Driver(), "jdbc:postgresql://pg4/audit", "audit", "Bq7mWx3kZt9r");
	}
	MongoCredential reporting = MongoCredential.createCredential("reporting", "admin", "Hk5rQw9mXz3t".toCharArray());
	MongoCredential etl = MongoCredential.createScramSha256Credential("etl", "admin", "Pt2xWm6kRq8z".toCharArray());
	Authentication batch = new UsernamePasswordAuthenticationToken("svc-batch", "Vz9kTq4wLm7x");
	NtlmPasswordAuthentication smb = new NtlmPasswordAuthentication("ORCHARD", "scanner", "Mr3qXw8tKz5p");
	void connect(SSHClient ssh, Jedis jedis) {
		ssh.authPassword("deploy", "Qx6mTz2wKr9v");
		jedis.auth("Lm4wQz8xTr2k");
		DataSource legacy = new DriverManagerDataSource(
			"jdbc:mysql://db3/legacy",
			"legacy",
			"Wq3zKm8tXr5v");
	}
}
'
scan src/main/java/org/orchard/DataConfig.java
for v in Nw4qTz8mKr2x Bq7mWx3kZt9r Hk5rQw9mXz3t Pt2xWm6kRq8z Vz9kTq4wLm7x Mr3qXw8tKz5p \
	Qx6mTz2wKr9v Lm4wQz8xTr2k Wq3zKm8tXr5v; do
	at "$v"
done
total 9

mk src/main/kotlin/org/orchard/Http.kt 'package org.orchard

val grafana = Credentials.basic("grafana", "Wt8pLq3mZx6k")
val fromEnv = Credentials.basic("grafana", System.getenv("GRAFANA_PASSWORD"))
val sample = Credentials.basic("user", "password")
'
scan src/main/kotlin/org/orchard/Http.kt
at Wt8pLq3mZx6k
quiet GRAFANA_PASSWORD
quiet '"user", "password"'
total 1

mk src/main/java/org/orchard/Decoys.java 'class Decoys {
	DataSource a = new DriverManagerDataSource(url, user, pass);
	DataSource b = new DriverManagerDataSource("jdbc:h2:mem:test", "sa", "");
	MongoCredential c = MongoCredential.createCredential(user, "admin", password.toCharArray());
	Authentication d = new UsernamePasswordAuthenticationToken(principal, null, authorities);
	Authentication e = new UsernamePasswordAuthenticationToken("user", "password");
	void f(Jedis jedis) { jedis.auth(System.getenv("REDIS_PASSWORD")); }
	DataSource g = new DriverManagerDataSource("jdbc:postgresql://pg4/ledger", "ledger", "${DB_PASSWORD}");
	DataSource h = new DriverManagerDataSource("jdbc:postgresql://pg4/ledger", "ledger", "xxxxxxxx");
}
'
scan src/main/java/org/orchard/Decoys.java
for t in 'url, user, pass' 'h2:mem' 'createCredential(user' principal '"user", "password"' \
	REDIS_PASSWORD DB_PASSWORD xxxxxxxx; do
	quiet "$t"
done
total 0

# ---- C#, PowerShell --------------------------------------------------------
mk Infra/Remote.cs 'namespace Orchard.Infra;

public class Remote
{
    SshClient a = new SshClient("10.20.0.5", "deploy", "Zr7qWk3mXt9p");
    SshClient b = new SshClient("10.20.0.6", 2222, "deploy", "Kw2xTm8qLz5r");
    SftpClient c = new SftpClient("sftp.orchard.example", "upload", "Tp5mQz9wKx3r");
    ConnectionInfo d = new PasswordConnectionInfo("bastion", "ops", "Wq8kZx4mTr2p");
    FtpClient e = new FtpClient("ftp.orchard.example", "feeds", "Xm3tKq7wZr9v");
    MongoCredential f = MongoCredential.CreateCredential("admin", "ops", "Hq3xWm7kZt2r");
    IAuthenticator g = new HttpBasicAuthenticator("api", "Kz8tQw4mXr6p");
    void Send(SmtpClient client, LdapConnection conn)
    {
        client.Authenticate("alerts@orchard.example", "Lr6wTz2qXm8k");
        conn.Bind("cn=svc,dc=orchard,dc=example", "Qz4mWx8kTr6p");
        conn.Bind(3, "cn=svc2,dc=orchard,dc=example", "Mt9wKz3qXr5m");
        var sftp = new SftpClient("sftp2.orchard.example", 2022,
            "upload2",
            "Rk5wTq8mXz2p");
    }
}
'
scan Infra/Remote.cs
for v in Zr7qWk3mXt9p Kw2xTm8qLz5r Tp5mQz9wKx3r Wq8kZx4mTr2p Xm3tKq7wZr9v Hq3xWm7kZt2r \
	Kz8tQw4mXr6p Lr6wTz2qXm8k Qz4mWx8kTr6p Mt9wKz3qXr5m Rk5wTq8mXz2p; do
	at "$v"
done
total 11

mk Infra/Decoys.cs 'public class Decoys
{
    SshClient a = new SshClient(host, user, pass);
    SshClient b = new SshClient("10.20.0.5", 22, "deploy", keyFile);
    SshClient c = new SshClient("10.20.0.5", "deploy", new PrivateKeyFile("id_ed25519"));
    void Setup(IConfiguration configuration, SmtpClient client)
    {
        configuration.Bind("AzureAd", options);
        client.Authenticate(credentials);
        client.Authenticate("alerts@orchard.example", Environment.GetEnvironmentVariable("SMTP_PW"));
        var ftp = new FtpClient("ftp.orchard.example", "anonymous", "guest@example.com");
    }
}
'
scan Infra/Decoys.cs
for t in 'host, user, pass' keyFile id_ed25519 AzureAd '(credentials)' SMTP_PW anonymous; do
	quiet "$t"
done
total 0

mk deploy/remote.ps1 '$cred = New-Object System.Management.Automation.PSCredential ("ORCHARD\svc", (ConvertTo-SecureString "Rt6wQm2xKz9p" -AsPlainText -Force))
$nc = New-Object System.Net.NetworkCredential("svc", "Vm3qTz8wXk5r")
$fromEnv = New-Object System.Management.Automation.PSCredential ("ORCHARD\svc", (ConvertTo-SecureString $env:SVC_PW -AsPlainText -Force))
$asked = Get-Credential -UserName "ORCHARD\svc"
'
scan deploy/remote.ps1
at Rt6wQm2xKz9p
at Vm3qTz8wXk5r
quiet SVC_PW
quiet Get-Credential
total 2

# ---- Go --------------------------------------------------------------------
mk internal/remote/dial.go 'package remote

func dial() {
	cfg := &ssh.ClientConfig{User: "deploy", Auth: []ssh.AuthMethod{ssh.Password("Wk7mQz3xTr8p")}}
	auth := smtp.CRAMMD5Auth("alerts", "Tz2qXm9wKr4v")
	c.Login("mirror", "Xr8kTq3wMz6p")
	relay := sasl.NewPlainClient("", "relay", "Mz4tWq9kXr3p")
	req := ldap.NewSimpleBindRequest("cn=ro,dc=orchard,dc=example", "Kt7xQm2wZr5v", nil)
	l.Bind("cn=admin,dc=orchard,dc=example", "Pw3zKq8mTx6r")
	ops := smtp.CRAMMD5Auth(
		"ops",
		"Qm9xTz4wKr7p",
	)
	_ = []interface{}{cfg, auth, relay, req, ops}
}
'
scan internal/remote/dial.go
for v in Wk7mQz3xTr8p Tz2qXm9wKr4v Xr8kTq3wMz6p Mz4tWq9kXr3p Kt7xQm2wZr5v Pw3zKq8mTx6r Qm9xTz4wKr7p; do
	at "$v"
done
total 7

mk internal/remote/decoys.go 'package remote

func decoys() {
	a := ssh.Password(os.Getenv("SSH_PASSWORD"))
	b := ssh.Password(pw)
	c := ssh.Password("")
	d := ssh.Password("changeme")
	conn.Login("anonymous", "anonymous")
	l.Bind(username, password)
	e := smtp.CRAMMD5Auth(user, secret)
}
'
scan internal/remote/decoys.go
for t in SSH_PASSWORD 'Password(pw)' 'Password("")' changeme anonymous 'Bind(username' 'CRAMMD5Auth(user'; do
	quiet "$t"
done
total 0

# ---- TypeScript, JavaScript ------------------------------------------------
mk src/clients.ts 'import { AzureKeyCredential } from "@azure/core-auth";
import { ClientSecretCredential, UsernamePasswordCredential } from "@azure/identity";

const search = new AzureKeyCredential("Hm4tQz8wKx2rLp6vNb3cYd7gFs5jWq9e");
const sp = new ClientSecretCredential(tenantId, clientId, "Qr8~Wm3kZt7xLp2vNb6hYs4cFd9gJq5tRw1e");
const ropc = new UsernamePasswordCredential(tenantId, clientId, "ops@orchard.example", "Tx5qWk9mZr3p");
await request(app).get("/admin").auth("auditor", "Zq6wTm3kXr8p");
'
scan src/clients.ts
for v in Hm4tQz8wKx2rLp6vNb3cYd7gFs5jWq9e Qr8~Wm3kZt7xLp2vNb6hYs4cFd9gJq5tRw1e Tx5qWk9mZr3p Zq6wTm3kXr8p; do
	at "$v"
done
total 4

mk src/decoys.js 'await request(app).get("/admin").auth(user, pass);
await request(app).get("/admin").auth("auditor", process.env.AUDIT_PW);
const handler = onClick.bind(this, "toolbarPrimaryAction");
const k = new AzureKeyCredential(process.env.AZURE_SEARCH_KEY);
const s = new AzureKeyCredential("<api-key>");
const t = new ClientSecretCredential(tenantId, clientId, "YOUR_CLIENT_SECRET");
'
scan src/decoys.js
for t in 'auth(user, pass)' AUDIT_PW toolbarPrimaryAction AZURE_SEARCH_KEY '<api-key>' YOUR_CLIENT_SECRET; do
	quiet "$t"
done
total 0

# ---- PHP -------------------------------------------------------------------
mk lib/remote.php '<?php
$ora = oci_connect("ledger", "Wr5kTq9mXz3p", "ora4/LEDGER");
$mbox = imap_open("{imap.orchard.example:993/imap/ssl}INBOX", "helpdesk", "Km8xQz2wTr6v");
$db2 = db2_connect("SAMPLE", "db2app", "Tq3wZm7kXr9p");
$dw = odbc_connect("DSN=warehouse", "etl", "Xz6mKq2wTr8p");
$sftp->login($user, "Rm2xWq8kTz5p");
ldap_bind_ext($ds, "cn=svc,dc=orchard,dc=example", "Pz7kTw3mXq9r");
$cub = cubrid_connect("cub1", 33000, "demodb", "dba", "Qk4wXm8tZr2p");
'
scan lib/remote.php
for v in Wr5kTq9mXz3p Km8xQz2wTr6v Tq3wZm7kXr9p Xz6mKq2wTr8p Rm2xWq8kTz5p Pz7kTw3mXq9r Qk4wXm8tZr2p; do
	at "$v"
done
total 7

mk lib/decoys.php '<?php
$ora = oci_connect($user, $pass, $db);
$ora = oci_connect("scott", getenv("ORA_PW"), "orcl");
$mbox = imap_open($mailbox, $u, $p);
$sftp->login("user", "password");
$dw = odbc_connect("DSN=warehouse", "", "");
$ora = oci_connect("ledger", "%s", "ora4/LEDGER");
'
scan lib/decoys.php
for t in '$user, $pass' ORA_PW '$mailbox' '"user", "password"' 'DSN=warehouse' '"%s"'; do
	quiet "$t"
done
total 0

# ---- Ruby ------------------------------------------------------------------
mk lib/transfer.rb 'require "net/ftp"
ftp = Net::FTP.new("ftp.orchard.example", "mirror", "Zt8mQw3kXr6p")
Net::FTP.open("ftp2.orchard.example", user, "Wk3xTq9mZr7p") { |f| f.list }
Net::SMTP.start("smtp.orchard.example", 587, "orchard.example", "notify", "Mq6tWz2kXr9p", :login)
Net::POP3.start("pop.orchard.example", 110, "inbox", "Tr4kQx8wMz2p")
db = PG.connect("pg5", 5432, nil, nil, "ledger", "ledger", "Xq7wKm3tZr5p")
req.basic_auth("exporter", "Kr2mWz8qTx4p")
imap.authenticate("PLAIN", "inbox", "Zm3xTq8wKr5p")
'
scan lib/transfer.rb
for v in Zt8mQw3kXr6p Wk3xTq9mZr7p Mq6tWz2kXr9p Tr4kQx8wMz2p Xq7wKm3tZr5p Kr2mWz8qTx4p Zm3xTq8wKr5p; do
	at "$v"
done
total 7

mk lib/decoys.rb 'ftp = Net::FTP.new("ftp.orchard.example", ENV["FTP_USER"], ENV["FTP_PASS"])
Net::SMTP.start("smtp.orchard.example", 25)
ftp = Net::FTP.new(host, "anonymous", "")
Net::SMTP.start("smtp.orchard.example", 587, "orchard.example", user, secret, :login)
imap.authenticate("PLAIN", user, ENV.fetch("IMAP_PASSWORD"))
'
scan lib/decoys.rb
for t in FTP_PASS '", 25)' anonymous 'user, secret' IMAP_PASSWORD; do
	quiet "$t"
done
total 0

# ---- Perl, R ---------------------------------------------------------------
mk lib/Fetch.pm 'package Fetch;
$ua->credentials("intranet.orchard.example:443", "Staff", "fetcher", "Wz5kTq2mXr8p");
$pop->apop("inbox", "Kx9mQw4tZr3p");
$ua->credentials($netloc, $realm, $user, $ENV{FETCH_PW});
$ua->credentials("intranet.orchard.example:443", "Staff", "fetcher", "password");
1;
'
scan lib/Fetch.pm
at Wz5kTq2mXr8p
at Kx9mQw4tZr3p
quiet FETCH_PW
quiet '"fetcher", "password"'
total 2

mk analysis/load.R 'library(RODBC)
ch <- odbcConnect("warehouse", "analyst", "Tm8qWx3kZr6p")
r <- GET(url, authenticate("analyst", "Qz2wKm7xTr9p"))
r2 <- GET(url, httr::authenticate("svc", "Xw6tQm3kZr8p", type = "digest"))
r3 <- GET(url, authenticate(Sys.getenv("API_USER"), Sys.getenv("API_PW")))
ch2 <- odbcConnect("warehouse", uid, pwd)
'
scan analysis/load.R
for v in Tm8qWx3kZr6p Qz2wKm7xTr9p Xw6tQm3kZr8p; do
	at "$v"
done
quiet API_PW
quiet 'uid, pwd'
total 3

# ---- Rust, Swift -----------------------------------------------------------
mk src/mail.rs 'fn connect() -> Result<()> {
    let creds = Credentials::new("relay".to_string(), "Kq3wXm8tZr5p".to_string());
    sess.userauth_password("deploy", "Tz9kWq4mXr2p")?;
    config.authentication(AuthMethod::sql_server("sa_app", "Wm5xQz2kTr8p"));
    let res = client.get(url).basic_auth("exporter", Some("Xr4mTq9wKz6p")).send()?;
    let env_creds = Credentials::new(user, env::var("SMTP_PASS")?);
    let anon = client.get(url).basic_auth("exporter", None::<&str>).send()?;
    Ok(())
}
'
scan src/mail.rs
for v in Kq3wXm8tZr5p Tz9kWq4mXr2p Wm5xQz2kTr8p Xr4mTq9wKz6p; do
	at "$v"
done
quiet SMTP_PASS
quiet 'None::'
total 4

mk Sources/Api.swift 'let cred = URLCredential(user: "svc", password: "Pq2wEr5tYu8i", persistence: .forSession)
let asked = URLCredential(user: user, password: password, persistence: .none)
'
scan Sources/Api.swift
at Pq2wEr5tYu8i
quiet 'user: user'
total 1

# ---- the table itself ------------------------------------------------------
# a user's rule file may carry secret_calls (checked, as public_formats are)
mk rules/ok.json '{"rules": [], "secret_calls": [{"call": "orchard.Login", "user": 0, "arg": 1, "name": "login_password"}]}'
expect_exit 0 "a well-formed secret_calls list" -- "$KEYHOUND" rules --check --rules "$T/rules/ok.json"
mk rules/bad.json '{"rules": [], "secret_calls": [{"call": "orchard.Login", "user": 1, "arg": 1, "name": "login_password"}]}'
expect_exit 2 "user and secret at one place" -- "$KEYHOUND" rules --check --rules "$T/rules/bad.json"
check "the message says so" grep -q 'secret call 1' "$T/err"
mk rules/bad2.json '{"rules": [], "secret_calls": [{"call": "x(", "arg": 1, "name": "login_password"}]}'
expect_exit 2 "a callee that is no name" -- "$KEYHOUND" rules --check --rules "$T/rules/bad2.json"
mk rules/bad3.json '{"rules": [], "secret_calls": [{"call": "orchard.Login", "arg": 1, "name": "Login Password"}]}'
expect_exit 2 "a name that is no layer name" -- "$KEYHOUND" rules --check --rules "$T/rules/bad3.json"
mk rules/bad4.json '{"rules": [], "secret_calls": [{"call": "orchard.Login", "arg": 1, "name": "login_password", "flavour": 1}]}'
expect_exit 2 "an unknown field" -- "$KEYHOUND" rules --check --rules "$T/rules/bad4.json"

finish e2e_sdkargs29
