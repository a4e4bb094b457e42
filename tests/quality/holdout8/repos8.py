"""Files of the repos half: as committed in project kinds the earlier corpora
did not centre on (README.md lists them). Each template gets S (a provider's
secret in a format of formats8), G (a generic secret), B (a secret written
base64), D (a decoy) and returns the file's text."""
import base64
import binascii

import formats8 as F
from formats8 import R, a, b64, d, h, lo, up, uuid

TEMPLATES = []


def template(path, shape, kind):
    def register(fn):
        TEMPLATES.append((path, shape, kind, fn))
        return fn
    return register


def pw(n=16):
    """A password with some punctuation, as people pick them (no quote, $, backslash or space)."""
    return a(n - 3) + R.choice("!*-_.~") + a(2)


def sid():
    return "S-1-5-21-%s-%s-%s-%s" % (d(10), d(10), d(10), d(4))


def utf16_b64(s):
    return base64.b64encode(s.encode("utf-16-le")).decode()


# ---------------------------------------------------------------- Windows and .NET desktop / ops

@template("winforms-inventory/InventoryClient/App.config", "xml-appsettings-add", "dotnet-app-config")
def _(S, G, B, D):
    return """<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <appSettings>
    <add key="StripeSecretKey" value="%s" />
    <add key="StripePublishableKey" value="%s" />
    <add key="SendGridApiKey" value="%s" />
    <add key="TwilioAccountSid" value="%s" />
    <add key="TwilioAuthToken" value="%s" />
    <add key="UpdateFeedSha256" value="%s" />
  </appSettings>
  <connectionStrings>
    <add name="Inventory" connectionString="Data Source=sql01.acme.local;Initial Catalog=Inventory;User ID=inv_app;Password=%s;Encrypt=True" providerName="System.Data.SqlClient" />
    <add name="Reporting" connectionString="Data Source=sql01.acme.local;Initial Catalog=Reports;Integrated Security=SSPI" />
  </connectionStrings>
</configuration>
""" % (S("stripe", "secret-key-live"), D("publishable-key", F.P["stripe"][2][0][2]()), S("sendgrid", "api-key"),
       D("account-sid", "AC" + h(32)), S("twilio", "auth-token"), D("sha256", h(64)), G("sql-password", pw(18)))


@template("winforms-inventory/InventoryClient/Properties/Settings.settings", "xml-settings-value", "dotnet-settings-settings")
def _(S, G, B, D):
    return """<?xml version='1.0' encoding='utf-8'?>
<SettingsFile xmlns="http://schemas.microsoft.com/VisualStudio/2004/01/settings" CurrentProfile="(Default)" GeneratedClassNamespace="InventoryClient.Properties" GeneratedClassName="Settings">
  <Profiles />
  <Settings>
    <Setting Name="ShipStationApiSecret" Type="System.String" Scope="Application">
      <Value Profile="(Default)">%s</Value>
    </Setting>
    <Setting Name="MailgunApiKey" Type="System.String" Scope="Application">
      <Value Profile="(Default)">%s</Value>
    </Setting>
    <Setting Name="SentryDsn" Type="System.String" Scope="Application">
      <Value Profile="(Default)">%s</Value>
    </Setting>
    <Setting Name="InstallationId" Type="System.Guid" Scope="User">
      <Value Profile="(Default)">%s</Value>
    </Setting>
    <Setting Name="LastUser" Type="System.String" Scope="User">
      <Value Profile="(Default)" />
    </Setting>
  </Settings>
</SettingsFile>
""" % (G("api-secret", h(32)), S("mailgun", "private-key"), D("dsn", F.P["sentry"][2][0][2]()), D("uuid", uuid()))


@template("winforms-inventory/InventoryClient/Properties/Settings.Designer.cs", "cs-default-setting-attribute", "dotnet-settings-settings")
def _(S, G, B, D):
    return """namespace InventoryClient.Properties {
    internal sealed partial class Settings : global::System.Configuration.ApplicationSettingsBase {
        [global::System.Configuration.ApplicationScopedSettingAttribute()]
        [global::System.Configuration.DefaultSettingValueAttribute("%s")]
        public string ShipStationApiSecret {
            get { return ((string)(this["ShipStationApiSecret"])); }
        }

        [global::System.Configuration.ApplicationScopedSettingAttribute()]
        [global::System.Configuration.DefaultSettingValueAttribute("%s")]
        public string DatadogApiKey {
            get { return ((string)(this["DatadogApiKey"])); }
        }

        [global::System.Configuration.UserScopedSettingAttribute()]
        [global::System.Configuration.DefaultSettingValueAttribute("%s")]
        public global::System.Guid InstallationId {
            get { return ((global::System.Guid)(this["InstallationId"])); }
        }
    }
}
""" % (G("api-secret", h(32)), S("datadog", "api-key"), D("uuid", uuid()))


@template("acme-portal/Properties/PublishProfiles/acme-portal-prod - Web Deploy.pubxml", "xml-element-text", "dotnet-pubxml")
def _(S, G, B, D):
    return """<?xml version="1.0" encoding="utf-8"?>
<Project ToolsVersion="4.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <PropertyGroup>
    <WebPublishMethod>MSDeploy</WebPublishMethod>
    <ResourceId>/subscriptions/%s/resourceGroups/acme-prod/providers/Microsoft.Web/sites/acme-portal-prod</ResourceId>
    <SiteUrlToLaunchAfterPublish>https://acme-portal-prod.azurewebsites.net</SiteUrlToLaunchAfterPublish>
    <MSDeployServiceURL>acme-portal-prod.scm.azurewebsites.net:443</MSDeployServiceURL>
    <DeployIisAppPath>acme-portal-prod</DeployIisAppPath>
    <UserName>$acme-portal-prod</UserName>
    <Password>%s</Password>
    <_SavePWD>True</_SavePWD>
    <ProjectGuid>%s</ProjectGuid>
  </PropertyGroup>
</Project>
""" % (D("subscription-id", uuid()), G("publish-password", a(60)), D("project-guid", "{" + uuid().upper() + "}"))


@template("acme-portal/Properties/PublishProfiles/FolderProfile.pubxml.user", "xml-element-text", "dotnet-pubxml")
def _(S, G, B, D):
    return """<?xml version="1.0" encoding="utf-8"?>
<Project ToolsVersion="4.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <PropertyGroup>
    <TimeStampOfAssociatedLegacyPublishXmlFile />
    <EncryptedPassword>%s</EncryptedPassword>
    <History>True|2026-11-20T08:14:31.1234567Z;</History>
  </PropertyGroup>
</Project>
""" % D("dpapi-blob", "AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA" + b64(150))


@template("deploy/autounattend/unattend.xml", "xml-unattend-plaintext", "windows-unattend")
def _(S, G, B, D):
    admin = pw(14)
    enc = utf16_b64(admin + "AdministratorPassword")
    return """<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="specialize">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <ComputerName>KIOSK-*</ComputerName>
      <ProductKey>%s</ProductKey>
    </component>
  </settings>
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <UserAccounts>
        <AdministratorPassword>
          <Value>%s</Value>
          <PlainText>false</PlainText>
        </AdministratorPassword>
        <LocalAccounts>
          <LocalAccount wcm:action="add">
            <Name>kiosk</Name>
            <Group>Users</Group>
            <Password>
              <Value>%s</Value>
              <PlainText>true</PlainText>
            </Password>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
      <AutoLogon>
        <Username>kiosk</Username>
        <Enabled>true</Enabled>
        <Password>
          <Value>%s</Value>
          <PlainText>true</PlainText>
        </Password>
      </AutoLogon>
    </component>
  </settings>
</unattend>
""" % (D("kms-client-key", "W269N-WFGWX-YVC9B-4J6C9-T83GX"),
       B("generic", "unattend-password-utf16", admin, enc_value=enc),
       G("local-account-password", pw(12)), G("autologon-password", pw(12)))


@template("ops/dsc/WebServerConfig.ps1", "powershell-dsc-credential", "powershell-dsc")
def _(S, G, B, D):
    return """Configuration WebServerConfig {
    param([string[]]$NodeName = 'localhost')
    Import-DscResource -ModuleName PSDesiredStateConfiguration

    $svcPassword = ConvertTo-SecureString '%s' -AsPlainText -Force
    $svcCred = New-Object System.Management.Automation.PSCredential ('ACME\\svc-web', $svcPassword)

    Node $NodeName {
        User DeployUser {
            UserName = 'deploy'
            Password = (New-Object PSCredential 'deploy', (ConvertTo-SecureString "%s" -AsPlainText -Force))
            Ensure   = 'Present'
        }
        Environment PaymentsKey {
            Name  = 'ADYEN_API_KEY'
            Value = '%s'
        }
        Service AppPool { Name = 'AcmeWeb'; Credential = $svcCred; State = 'Running' }
    }
}

$ConfigData = @{
    AllNodes = @(
        @{ NodeName = '%s'; CertificateFile = 'C:\\certs\\dsc.cer'; Thumbprint = '%s' }
        @{ NodeName = '*'; PSDscAllowDomainUser = $true }
    )
}
WebServerConfig -ConfigurationData $ConfigData -OutputPath .\\mof
""" % (G("service-password", pw(16)), G("deploy-password", pw(14)), S("adyen", "api-key"), D("node-guid", uuid()), D("cert-thumbprint", H40()))


def H40():
    return F.H(40)


@template("ops/dsc/ConfigData.psd1", "powershell-hashtable", "powershell-dsc")
def _(S, G, B, D):
    return """@{
    AllNodes = @(
        @{
            NodeName                    = 'web01'
            PSDscAllowPlainTextPassword = $true
            SqlSaPassword               = '%s'
            OctopusApiKey               = '%s'
            OctopusServerThumbprint     = '%s'
        }
    )
    NonNodeData = @{
        SmtpPassword = '%s'
        SmtpUser     = 'alerts@acme.example'
        LicenseKey   = '%s'
    }
}
""" % (G("sa-password", pw(16)), S("octopusdeploy", "api-key"), D("cert-thumbprint", H40()), G("smtp-password", pw(14)),
       D("placeholder", "XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"))


@template("dotfiles-win/Documents/PowerShell/Microsoft.PowerShell_profile.ps1", "powershell-env", "powershell-profile")
def _(S, G, B, D):
    return """# oh-my-posh + tokens for the CLIs
oh-my-posh init pwsh --config "$env:POSH_THEMES_PATH\\paradox.omp.json" | Invoke-Expression
Import-Module posh-git

$env:GITHUB_TOKEN = '%s'
$env:OPENAI_API_KEY = "%s"
$env:AZURE_CLIENT_ID = '%s'
$env:AZURE_CLIENT_SECRET = '%s'
$env:AZURE_TENANT_ID = '%s'
$env:NUGET_API_KEY = (Get-Secret -Name NuGetApiKey -AsPlainText)
Set-Item -Path Env:HF_TOKEN -Value '%s'
function gpt { param($q) Invoke-RestMethod https://api.openai.com/v1/responses -Headers @{ Authorization = "Bearer $env:OPENAI_API_KEY" } -Body $q }
""" % (S("github", "classic-pat"), S("openai", "project-key"), D("client-id", uuid()), S("azure", "client-secret"),
       D("tenant-id", uuid()), S("huggingface", "token"))


@template("it/remote/jumpbox-prod.rdp", "rdp-file", "windows-rdp")
def _(S, G, B, D):
    return """screen mode id:i:2
use multimon:i:0
desktopwidth:i:1920
desktopheight:i:1080
full address:s:jump01.acme.example:3389
gatewayhostname:s:rdg.acme.example
username:s:ACME\\ops-admin
password 51:b:%s
gatewayaccesstoken:s:
authentication level:i:2
prompt for credentials:i:0
""" % D("dpapi-blob", "01000000D08C9DDF0115D1118C7A00C04FC297EB01000000" + F.H(300))


@template("it/tasks/NightlyBackup.xml", "xml-task-arguments", "windows-scheduled-task")
def _(S, G, B, D):
    return """<?xml version="1.0" encoding="UTF-16"?>
<Task version="1.4" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <RegistrationInfo>
    <Date>2026-03-02T02:00:00</Date>
    <Author>ACME\\ops-admin</Author>
    <URI>\\Acme\\NightlyBackup</URI>
  </RegistrationInfo>
  <Principals>
    <Principal id="Author">
      <UserId>%s</UserId>
      <RunLevel>HighestAvailable</RunLevel>
    </Principal>
  </Principals>
  <Actions Context="Author">
    <Exec>
      <Command>C:\\Program Files\\Amazon\\AWSCLIV2\\aws.exe</Command>
      <Arguments>s3 sync D:\\Backups s3://acme-backups/fileserver</Arguments>
    </Exec>
    <Exec>
      <Command>powershell.exe</Command>
      <Arguments>-NoProfile -File C:\\ops\\upload.ps1 -StorageAccount acmebackups -StorageKey "%s" -WebhookUrl %s</Arguments>
    </Exec>
    <Exec>
      <Command>C:\\ops\\rclone.exe</Command>
      <Arguments>copy D:\\Backups b2:acme-offsite --b2-account %s --b2-key %s</Arguments>
    </Exec>
  </Actions>
</Task>
""" % (D("sid", sid()), S("azure", "storage-key"), S("slack", "webhook-url"),
       D("b2-account", h(12) + "0000000003"), S("rclone", "b2-key"))


# ---------------------------------------------------------------- e-commerce platforms

@template("shop-shopware/.env", "dotenv", "shopware-env")
def _(S, G, B, D):
    return """APP_ENV=prod
APP_SECRET=%s
APP_URL=https://shop.acme.example
INSTANCE_ID=%s
DATABASE_URL=%s
MAILER_DSN=%s
OPENSEARCH_URL=http://opensearch:9200
SHOPWARE_ES_ENABLED=1
STOREFRONT_PROXY_URL=http://localhost
SHOPWARE_HTTP_CACHE_ENABLED=1
PAYPAL_CLIENT_ID=%s
PAYPAL_CLIENT_SECRET=%s
MOLLIE_LIVE_API_KEY=%s
JWT_PRIVATE_KEY_PASSPHRASE=shopware
""" % (G("app-secret", h(64)), D("instance-id", a(32)), G("database-password", "mysql://shopware:%s@db:3306/shopware" % pw(20)),
       G("smtp-password", "smtp://shop%%40acme.example:%s@smtp.eu.mailgun.org:587" % pw(18)),
       D("client-id", F.P["paypal"][2][0][2]()), S("paypal", "client-secret"), S("mollie", "live-key"))


@template("shop-shopware/config/jwt/private.pem", "pem-file", "shopware-env")
def _(S, G, B, D):
    head = bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7308204a30201000282010100")
    return G("jwt-private-key", F.pem("PRIVATE KEY", head, 1180)) + "\n"


@template("shop-prestashop/app/config/parameters.php", "php-return-array", "prestashop-parameters")
def _(S, G, B, D):
    return """<?php return array (
  'parameters' =>
  array (
    'database_host' => '127.0.0.1',
    'database_port' => '',
    'database_name' => 'prestashop',
    'database_user' => 'ps_user',
    'database_password' => '%s',
    'database_prefix' => 'ps_',
    'database_engine' => 'InnoDB',
    'mailer_transport' => 'smtp',
    'mailer_host' => '127.0.0.1',
    'mailer_user' => NULL,
    'mailer_password' => NULL,
    'secret' => '%s',
    'ps_caching' => 'CacheMemcache',
    'ps_cache_enable' => false,
    'ps_creation_date' => '2024-05-17',
    'locale' => 'fr-FR',
    'use_debug_toolbar' => true,
    'cookie_key' => '%s',
    'cookie_iv' => '%s',
    'new_cookie_key' => '%s',
    'api_public_key' => '%s',
    'api_private_key' => '%s',
  ),
);
""" % (G("database-password", pw(16)), G("secret", a(56)), G("cookie-key", a(56)), G("cookie-iv", a(32)),
       G("defuse-key", "def00000" + h(128)), D("public-key", "-----BEGIN PUBLIC KEY-----" + b64(60) + "-----END PUBLIC KEY-----"),
       G("rsa-private-key", F.pem("RSA PRIVATE KEY", bytes.fromhex("3082025c02010002818100"), 580)).replace("\n", "\\n"))


@template("shop-prestashop/modules/stripe_official/config.xml", "xml-element-text", "prestashop-parameters")
def _(S, G, B, D):
    return """<?xml version="1.0" encoding="UTF-8" ?>
<module>
    <name>stripe_official</name>
    <displayName><![CDATA[Stripe payment module]]></displayName>
    <version><![CDATA[3.4.1]]></version>
    <is_configurable>1</is_configurable>
    <key><![CDATA[%s]]></key>
    <test_key><![CDATA[%s]]></test_key>
    <publishable><![CDATA[%s]]></publishable>
</module>
""" % (S("stripe", "secret-key-live"), D("docs-test-key", "sk_test_4eC39HqLyjWDarjtT1zdp7dc"), D("publishable-key", F.P["stripe"][2][0][2]()))


@template("shop-woocommerce/backup/wp_options-acme-sync.sql", "sql-php-serialized", "woocommerce-settings")
def _(S, G, B, D):
    cs = F.EXTRA["woocommerce"]["consumer-secret"]()
    ck = F.EXTRA["woocommerce"]["consumer-key"]()
    whsec = "whsec_" + a(32)
    return """-- wp_options rows for the acme-sync plugin (exported 2026-11-02)
INSERT INTO `wp_options` (`option_name`, `option_value`, `autoload`) VALUES
('acme_sync_settings', 'a:4:{s:12:"consumer_key";s:43:"%s";s:15:"consumer_secret";s:43:"%s";s:8:"store_id";s:5:"10231";s:7:"enabled";s:3:"yes";}', 'yes'),
('woocommerce_stripe_settings', 'a:5:{s:7:"enabled";s:3:"yes";s:8:"testmode";s:2:"no";s:15:"publishable_key";s:%d:"%s";s:10:"secret_key";s:%d:"%s";s:14:"webhook_secret";s:38:"%s";}', 'yes'),
('woocommerce_ppcp-gateway_settings', 'a:2:{s:9:"client_id";s:80:"%s";s:13:"client_secret";s:80:"%s";}', 'yes'),
('acme_sync_last_hash', '%s', 'no');
""" % (D("consumer-key", ck), S("woocommerce", "consumer-secret", value=cs),
       107, D("publishable-key", F.P["stripe"][2][0][2]()), 107, S("stripe", "secret-key-live"), S("stripe", "webhook-secret", value=whsec),
       D("client-id", F.P["paypal"][2][0][2]()), S("paypal", "client-secret"), D("md5", h(32)))


@template("shop-woocommerce/wp-content/plugins/acme-sync/includes/class-acme-sync-settings.php", "php-define", "woocommerce-settings")
def _(S, G, B, D):
    return """<?php
defined( 'ABSPATH' ) || exit;

// TODO move to wp-config.php before release
define( 'ACME_SYNC_WC_CONSUMER_KEY', '%s' );
define( 'ACME_SYNC_WC_CONSUMER_SECRET', '%s' );
define( 'ACME_SYNC_KLAVIYO_KEY', '%s' );
define( 'ACME_SYNC_KLAVIYO_SITE_ID', '%s' );

class Acme_Sync_Settings {
	const NONCE_ACTION = 'acme_sync_save';
	public static function defaults() {
		return array(
			'api_url'    => 'https://sync.acme.example/v2',
			'api_secret' => '%s',
			'batch_size' => 50,
			'webhook_id' => '%s',
		);
	}
}
""" % (D("consumer-key", F.EXTRA["woocommerce"]["consumer-key"]()), S("woocommerce", "consumer-secret"), S("klaviyo", "private-key"),
       D("site-id", up(6)), G("api-secret", a(40)), D("uuid", uuid()))


@template("shop-sylius/.env.prod.local", "dotenv", "sylius-config")
def _(S, G, B, D):
    return """APP_SECRET=%s
DATABASE_URL="%s"
JWT_SECRET_KEY=%%kernel.project_dir%%/config/jwt/private.pem
JWT_PUBLIC_KEY=%%kernel.project_dir%%/config/jwt/public.pem
JWT_PASSPHRASE=%s
MAILER_DSN=sendgrid+api://%s@default
MESSENGER_TRANSPORT_DSN=doctrine://default
SYLIUS_PAYUM_STRIPE_SECRET=%s
SYLIUS_PAYUM_STRIPE_PUBLISHABLE=%s
""" % (G("app-secret", h(32)), G("database-password", "mysql://sylius:%s@127.0.0.1:3306/sylius_prod?serverVersion=8.0" % pw(18)), G("jwt-passphrase", h(32)), S("sendgrid", "api-key"),
       S("stripe", "restricted-key"), D("publishable-key", F.P["stripe"][2][0][2]()))


@template("shop-sylius/config/packages/payum.yaml", "yaml-parent", "sylius-config")
def _(S, G, B, D):
    return """payum:
    gateways:
        mollie_live:
            factory: mollie
            api_key: %s
        paypal_express:
            factory: paypal_express_checkout
            username: 'merchant_api1.acme.example'
            password: '%s'
            signature: '%s'
            sandbox: false
        stripe:
            factory: stripe_checkout
            publishable_key: '%%env(SYLIUS_PAYUM_STRIPE_PUBLISHABLE)%%'
            secret_key: '%%env(SYLIUS_PAYUM_STRIPE_SECRET)%%'
        offline:
            factory: offline
""" % (S("mollie", "live-key"), G("paypal-nvp-password", up(16)), G("paypal-nvp-signature", "A" + F.bu(55).replace("_", ".")))


@template("shop-magento/app/etc/env.php", "php-nested-array", "magento-env")
def _(S, G, B, D):
    return """<?php
return [
    'backend' => [
        'frontName' => 'admin_%s'
    ],
    'crypt' => [
        'key' => '%s'
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'db',
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => '%s',
                'model' => 'mysql4',
                'active' => '1'
            ]
        ]
    ],
    'queue' => [
        'amqp' => [
            'host' => 'rabbitmq',
            'port' => '5672',
            'user' => 'magento',
            'password' => '%s',
            'virtualhost' => '/'
        ]
    ],
    'cache' => [
        'frontend' => [
            'default' => ['id_prefix' => '%s']
        ]
    ],
    'install' => [
        'date' => 'Tue, 03 Jun 2025 10:12:44 +0000'
    ],
    'system' => [
        'default' => [
            'payment' => ['braintree' => ['private_key' => '%s', 'public_key' => '%s', 'merchant_id' => '%s']],
            'carriers' => ['fedex' => ['key' => '%s', 'password' => '%s']]
        ]
    ]
];
""" % (D("admin-path", lo(7)), S("magento", "crypt-key"), G("database-password", pw(18)), G("amqp-password", pw(16)),
       D("cache-prefix", h(3) + "_"), G("braintree-private-key", h(32)), D("public-key", lo(16)), D("merchant-id", lo(16)),
       D("fedex-key", a(16)), G("fedex-password", a(25)))


# ---------------------------------------------------------------- scientific / HPC workflows

@template("rnaseq-pipeline/config/config.yaml", "yaml-parent", "snakemake-config")
def _(S, G, B, D):
    return """samples: config/samples.tsv
reference:
  fasta: s3://acme-genomics-ref/GRCh38/genome.fa
  fasta_md5: %s
  gtf_md5: %s
remote:
  provider: S3
  access_key_id: %s
  secret_access_key: %s
  endpoint_url: https://s3.eu-central-1.amazonaws.com
notify:
  slack_webhook: %s
  wandb_api_key: %s
"""  % (D("md5", h(32)), D("md5", h(32)), S("aws", "access-key-id"), S("aws", "secret-key"), S("slack", "webhook-url"), S("wandb", "api-key"))


@template("rnaseq-pipeline/profiles/slurm/config.yaml", "yaml-parent", "snakemake-config")
def _(S, G, B, D):
    return """executor: slurm
jobs: 200
default-resources:
  slurm_account: bio-%s
  runtime: 240
envvars:
  - GOOGLE_APPLICATION_CREDENTIALS
storage-gcs-project: acme-genomics
storage-s3-access-key: %s
storage-s3-secret-key: %s
# storage-s3-secret-key: <paste from vault>
""" % (D("account", d(4)), D("example-key-id", "AKIAIOSFODNN7EXAMPLE"), S("aws", "secret-key"))


@template("nf-variant-calling/nextflow.config", "groovy-config-block", "nextflow-config")
def _(S, G, B, D):
    return """params {
    input  = 's3://acme-seq-runs/2026-11/samplesheet.csv'
    outdir = 's3://acme-seq-results/variant-calling'
    genome = 'GRCh38'
}

aws {
    region    = 'eu-west-1'
    accessKey = '%s'
    secretKey = '%s'
    client { maxConnections = 20 }
}

tower {
    enabled     = true
    accessToken = '%s'
    workspaceId = '%s'
}

process {
    container = 'quay.io/biocontainers/gatk4@sha256:%s'
    withLabel: 'big_mem' { memory = '64 GB' }
}

docker.registry = 'ghcr.io'
env { GITHUB_TOKEN = '%s' }
""" % (S("aws", "access-key-id"), S("aws", "secret-key"),
       G("seqera-platform-token", "eyJ0aWQiOiA" + F.bu(8) + "In0u" + h(40)), D("workspace-id", d(15)), D("sha256", h(64)),
       S("github", "fine-grained-pat"))


@template("hpc-jobs/train_llm.sbatch", "sh-export", "slurm-script")
def _(S, G, B, D):
    return """#!/bin/bash
#SBATCH --job-name=ft-llama
#SBATCH --partition=gpu
#SBATCH --gres=gpu:a100:4
#SBATCH --time=48:00:00
#SBATCH --account=%s
#SBATCH --output=logs/%%x-%%j.out

module load cuda/12.4 python/3.11
source ~/venvs/ft/bin/activate

export WANDB_API_KEY=%s
export WANDB_PROJECT=llama-ft
export HF_TOKEN="%s"
export HF_HUB_ENABLE_HF_TRANSFER=1
export NCCL_DEBUG=INFO
export RUN_ID=%s

srun python train.py --config configs/ft.yaml --run-id "$RUN_ID"
""" % (D("account", "proj" + d(6)), S("wandb", "api-key"), S("huggingface", "token"), D("run-id", lo(8)))


@template("hpc-jobs/globus_transfer.sh", "sh-export", "globus-transfer")
def _(S, G, B, D):
    return """#!/bin/bash
# service credentials for the lab's Globus confidential client
export GLOBUS_CLI_CLIENT_ID=%s
export GLOBUS_CLI_CLIENT_SECRET=%s
SRC=%s   # cluster scratch collection
DST=%s   # lab archive collection
globus transfer "$SRC:/scratch/run42/" "$DST:/archive/run42/" --recursive --label "run42 archive"
""" % (D("client-id", uuid()), G("globus-client-secret", F.b64(32)), D("collection-id", uuid()), D("collection-id", uuid()))


@template("churn-model/.dvc/config", "ini-section", "dvc-config")
def _(S, G, B, D):
    return """[core]
    remote = storage
    autostage = true
['remote "storage"']
    url = s3://acme-dvc-store/churn
    access_key_id = %s
    secret_access_key = %s
['remote "azure"']
    url = azure://dvc-cache/churn
    connection_string = DefaultEndpointsProtocol=https;AccountName=acmedvc;AccountKey=%s;EndpointSuffix=core.windows.net
['remote "gdrive"']
    url = gdrive://%s
    gdrive_client_id = %s.apps.googleusercontent.com
    gdrive_client_secret = %s
""" % (S("aws", "access-key-id"), S("aws", "secret-key"), S("azure", "storage-key"), D("folder-id", F.bu(33)),
       D("client-id", d(12) + "-" + lo(32)), S("google", "oauth-client-secret"))


@template("churn-model/.dvc/config.local", "ini-section", "dvc-config")
def _(S, G, B, D):
    return """['remote "minio"']
    url = s3://dvc/churn
    endpointurl = http://minio.lab.internal:9000
    access_key_id = %s
    secret_access_key = %s
['remote "webdav"']
    url = webdavs://nextcloud.lab.internal/remote.php/dav/files/ml/dvc
    user = ml
    password = %s
""" % (D("access-key", "minio-" + lo(6)), G("minio-secret", a(40)), G("webdav-password", pw(16)))


@template("churn-model/mlflow.env", "dotenv", "mlflow-tracking")
def _(S, G, B, D):
    return """MLFLOW_TRACKING_URI=https://mlflow.lab.internal
MLFLOW_TRACKING_USERNAME=ci-trainer
MLFLOW_TRACKING_PASSWORD=%s
MLFLOW_EXPERIMENT_ID=%s
MLFLOW_RUN_ID=%s
# the Databricks-hosted tracking server, used for the quarterly retrain
DATABRICKS_HOST=https://adb-%s.11.azuredatabricks.net
DATABRICKS_TOKEN=%s
MLFLOW_S3_ENDPOINT_URL=http://minio.lab.internal:9000
""" % (G("tracking-password", pw(18)), D("experiment-id", d(18)), D("run-id", h(32)), D("workspace-id", d(16)), S("databricks", "pat"))


@template("churn-model/notebooks/mlflow_setup.py", "py-environ-item", "mlflow-tracking")
def _(S, G, B, D):
    return """import os
import mlflow

os.environ["MLFLOW_TRACKING_URI"] = "%s"
os.environ["AWS_ACCESS_KEY_ID"] = "%s"
os.environ["AWS_SECRET_ACCESS_KEY"] = "%s"
mlflow.set_experiment(experiment_id="%s")
with mlflow.start_run(run_name="baseline-%s"):
    mlflow.log_param("data_sha", "%s")
""" % (G("tracking-password-in-url", "https://ci-trainer:%s@mlflow.lab.internal" % pw(16)), S("aws", "access-key-id"), S("aws", "secret-key"), D("experiment-id", d(18)),
       D("run-name", lo(6)), D("sha1", h(40)))


@template("hpc-home/.netrc", "netrc", "wandb-netrc")
def _(S, G, B, D):
    return """machine api.wandb.ai
  login user
  password %s
machine wandb.lab.internal
  login user
  password %s
machine urs.earthdata.nasa.gov login acme_lab password %s
machine huggingface.co login acme-ml password %s
""" % (S("wandb", "api-key"), S("wandb", "api-key-local"), G("earthdata-password", pw(14)), S("huggingface", "token"))


# ---------------------------------------------------------------- R and Julia

@template("r-analytics/.Renviron", "renviron", "r-renviron")
def _(S, G, B, D):
    return """R_LIBS_USER=~/R/library/%%v
GITHUB_PAT=%s
OPENAI_API_KEY=%s
ANTHROPIC_API_KEY=%s
CONNECT_SERVER=https://connect.acme.example
CONNECT_API_KEY=%s
AWS_ACCESS_KEY_ID=%s
AWS_SECRET_ACCESS_KEY=%s
CENSUS_API_KEY=%s
SNOWFLAKE_PASSWORD=%s
RENV_CONFIG_REPOS_OVERRIDE=https://packagemanager.posit.co/cran/latest
MAPBOX_PUBLIC_TOKEN=%s
""" % (S("github", "classic-pat"), S("openai", "legacy-key"), S("anthropic", "api-key"), G("posit-connect-key", a(32)),
       S("aws", "access-key-id"), S("aws", "secret-key"), G("census-key", h(40)), S("snowflake", "password"),
       D("public-token", F.EXTRA["mapbox"]["public"]()))


@template("r-analytics/rsconnect/shinyapps.io/acme-lab.dcf", "dcf", "r-rsconnect")
def _(S, G, B, D):
    return """name: acme-lab
userId: %s
accountId: %s
token: %s
secret: %s
server: shinyapps.io
""" % (D("user-id", d(7)), D("account-id", d(6)), D("token-id", F.H(32)), G("shinyapps-secret", b64(30)))


@template("r-analytics/dashboard/rsconnect/documents/app.R/connect.acme.example/analyst.dcf", "dcf", "r-rsconnect")
def _(S, G, B, D):
    return """name: dashboard
title: Churn dashboard
username: analyst
account: analyst
server: connect.acme.example
hostUrl: https://connect.acme.example/__api__
appId: %s
bundleId: %s
url: https://connect.acme.example/content/%s/
version: 1
apiKey: %s
""" % (D("app-id", d(4)), D("bundle-id", d(5)), D("guid", uuid()), G("posit-connect-key", a(32)))


@template("r-analytics/dashboard/config.yml", "yaml-parent", "r-shiny-config")
def _(S, G, B, D):
    return """default:
  db:
    host: localhost
    user: shiny
    password: %s
  mapbox_token: %s
  google_maps_key: %s
production:
  db:
    host: pg.acme.internal
    user: shiny_ro
    password: !expr Sys.getenv("SHINY_DB_PASSWORD")
  mapbox_token: %s
  sentry_dsn: %s
  mailchimp_key: %s
""" % (G("database-password", pw(14)), D("public-token", F.EXTRA["mapbox"]["public"]()), S("google", "api-key"),
       S("mapbox", "secret"), D("dsn", F.P["sentry"][2][0][2]()), S("mailchimp", "api-key"))


@template("julia-sim/Project.toml", "toml", "julia-project")
def _(S, G, B, D):
    return """name = "AcmeSim"
uuid = "%s"
authors = ["Lab <lab@acme.example>"]
version = "0.4.2"

[deps]
HTTP = "cd3eb016-35fb-5094-929b-558a96fad6f3"
JSON3 = "0f8b85d8-7281-11e9-16c2-39a750bddbf1"
AWS = "fbe9abb3-538b-5e4e-ba9e-bc94f4f92ebc"

[extras]
Test = "8dfed614-e22c-5e08-85e1-65c5234f0b40"

[preferences.AcmeSim]
telemetry_endpoint = "https://telemetry.acme.example"
telemetry_token = "%s"
pinecone_api_key = "%s"
""" % (D("package-uuid", uuid()), G("telemetry-token", a(40)), S("pinecone", "api-key"))


@template("julia-sim/Manifest.toml", "toml", "julia-project")
def _(S, G, B, D):
    return """# This file is machine-generated - editing it directly is not advised

julia_version = "1.11.1"
manifest_format = "2.0"
project_hash = "%s"

[[deps.AWS]]
deps = ["Base64", "Compat", "Dates", "HTTP", "JSON", "MbedTLS", "Mocking"]
git-tree-sha1 = "%s"
uuid = "fbe9abb3-538b-5e4e-ba9e-bc94f4f92ebc"
version = "1.92.0"

[[deps.HTTP]]
git-tree-sha1 = "%s"
uuid = "cd3eb016-35fb-5094-929b-558a96fad6f3"
version = "1.10.10"
""" % (D("sha1", h(40)), D("sha1", h(40)), D("sha1", h(40)))


@template("julia-home/.julia/config/startup.jl", "julia-env-assign", "julia-startup")
def _(S, G, B, D):
    return """try
    using Revise
catch e
    @warn "Revise not loaded" exception = e
end

ENV["JULIA_PKG_SERVER"] = "https://pkg.julialang.org"
ENV["GITHUB_TOKEN"] = "%s"
ENV["DATADEPS_ALWAYS_ACCEPT"] = "true"
ENV["AWS_ACCESS_KEY_ID"] = "%s"
ENV["AWS_SECRET_ACCESS_KEY"] = "%s"
ENV["OPENROUTER_API_KEY"] = "%s"
ENV["JULIA_NUM_THREADS"] = "8"
const DOCUMENTER_KEY = "%s"
""" % (S("github", "classic-pat"), S("aws", "access-key-id"), S("aws", "secret-key"), S("openrouter", "api-key"),
       B("generic", "documenter-deploy-key", F.pem("OPENSSH PRIVATE KEY", b"openssh-key-v1\x00", 380)))


# ---------------------------------------------------------------- JVM functional stacks

@template("clj-billing/profiles.clj", "clojure-map", "leiningen-profiles")
def _(S, G, B, D):
    return """{:dev {:env {:database-url "%s"
             :stripe-secret-key "%s"
             :stripe-publishable-key "%s"
             :postmark-server-token "%s"}}
 :user {:plugins [[lein-ancient "1.0.0-RC3"]]}
 :auth {:repository-auth {#"clojars" {:username "acme-ci"
                                      :password "%s"}
                          #"nexus" {:username "deploy" :password "%s"}}}}
""" % (G("database-password", "postgresql://billing:%s@localhost:5432/billing_dev" % pw(16)), S("stripe", "secret-key-live"), D("publishable-key", F.P["stripe"][2][0][2]()),
       S("postmark", "server-token"), S("clojars", "token"), G("nexus-password", pw(18)))


@template("clj-billing/deps.edn", "clojure-map", "clojure-deps-edn")
def _(S, G, B, D):
    return """{:paths ["src" "resources"]
 :deps {org.clojure/clojure {:mvn/version "1.12.0"}
        com.acme/ledger {:git/url "https://github.com/acme/ledger.git"
                         :git/sha "%s"}}
 :mvn/repos {"acme-private" {:url "%s"}}
 :aliases {:run {:main-opts ["-m" "billing.main"]
                 :jvm-opts ["-Dsentry.dsn=%s"
                            "-Dsendgrid.api.key=%s"]}}}
""" % (D("git-sha", h(40)), G("nexus-password-in-url", "https://deploy:%s@nexus.acme.example/repository/maven-private/" % pw(16)), D("dsn", F.P["sentry"][2][0][2]()), S("sendgrid", "api-key"))


@template("scala-home/.sbt/.credentials", "properties", "sbt-credentials")
def _(S, G, B, D):
    return """realm=Artifactory Realm
host=acme.jfrog.io
user=ci-publisher
password=%s
""" % S("jfrog", "api-key")


@template("scala-reports/build.sbt", "scala-call", "sbt-credentials")
def _(S, G, B, D):
    return """ThisBuild / scalaVersion := "3.5.2"
ThisBuild / organization := "com.acme"

lazy val root = (project in file("."))
  .settings(
    name := "reports",
    credentials += Credentials("Sonatype Nexus Repository Manager", "nexus.acme.example", "deploy", "%s"),
    credentials += Credentials(Path.userHome / ".sbt" / ".credentials"),
    githubTokenSource := TokenSource.Or(TokenSource.Environment("GITHUB_TOKEN"), TokenSource.GitConfig("github.token")),
    resolvers += "GitHub Package Registry" at "https://maven.pkg.github.com/acme/_",
    libraryDependencies += "org.scalameta" %%%% "munit" %% "1.0.2" %% Test
  )
// publish from a laptop: sbt -Dgithub.token=%s publish
""" % (G("nexus-password", pw(16)), S("github", "classic-pat"))


@template("play-storefront/conf/application.conf", "hocon", "play-application-conf")
def _(S, G, B, D):
    return """# https://www.playframework.com/documentation/latest/Configuration
play.http.secret.key = "%s"
play.http.secret.key = ${?APPLICATION_SECRET}
play.i18n.langs = ["en", "de"]

slick.dbs.default {
  profile = "slick.jdbc.PostgresProfile$"
  db.url = "jdbc:postgresql://db.acme.internal:5432/storefront"
  db.user = storefront
  db.password = "%s"
}

silhouette.authenticator.signer.key = "%s"
silhouette.authenticator.crypter.key = "changeme"
algolia {
  applicationId = "%s"
  adminKey = "%s"
  searchKey = "%s"
}
play.mailer {
  host = "smtp.sendgrid.net"
  user = "apikey"
  password = "%s"
}
""" % (G("play-secret", F.bu(64)), G("database-password", pw(18)), G("signer-key", h(32)), D("app-id", up(10)),
       S("algolia", "admin-key"), D("search-only-key", h(32)), S("sendgrid", "api-key"))


@template("ktor-api/src/main/resources/application.conf", "hocon", "ktor-application-conf")
def _(S, G, B, D):
    return """ktor {
    deployment {
        port = 8080
        port = ${?PORT}
    }
    application {
        modules = [ com.acme.ApplicationKt.module ]
    }
}
jwt {
    domain = "https://auth.acme.example/"
    audience = "acme-api"
    realm = "acme api"
    secret = "%s"
    secret = ${?JWT_SECRET}
}
database {
    url = "jdbc:postgresql://localhost:5432/acme"
    user = "acme"
    password = "%s"
}
firebase {
    webApiKey = "%s"
}
openai {
    apiKey = ${?OPENAI_API_KEY}
    apiKey = "%s"
}
""" % (G("jwt-secret", a(48)), G("database-password", pw(14)), S("google", "api-key"), S("openai", "project-key"))


# ---------------------------------------------------------------- test suites

@template("rails-shop/spec/cassettes/stripe/create_refund.yml", "vcr-cassette", "vcr-cassette")
def _(S, G, B, D):
    return """---
http_interactions:
- request:
    method: post
    uri: https://api.stripe.com/v1/refunds
    body:
      encoding: UTF-8
      string: charge=ch_3%s&amount=1299
    headers:
      User-Agent:
      - Stripe/v1 RubyBindings/13.0.0
      Authorization:
      - Bearer %s
      Idempotency-Key:
      - %s
  response:
    status:
      code: 200
      message: OK
    headers:
      Request-Id:
      - req_%s
    body:
      encoding: UTF-8
      string: '{"id": "re_3%s", "object": "refund", "amount": 1299}'
  recorded_at: Mon, 02 Nov 2026 10:14:02 GMT
- request:
    method: get
    uri: https://api.stripe.com/v1/charges/ch_3%s
    headers:
      Authorization:
      - Bearer <STRIPE_SECRET_KEY>
recorded_with: VCR 6.3.1
""" % (a(23), S("stripe", "secret-key-live"), D("idempotency-key", uuid()), D("request-id", a(14)), a(23), a(23))


@template("rails-shop/spec/cassettes/shopify/products.yml", "vcr-cassette", "vcr-cassette")
def _(S, G, B, D):
    return """---
http_interactions:
- request:
    method: get
    uri: https://acme-dev.myshopify.com/admin/api/2025-10/products.json?limit=50
    headers:
      X-Shopify-Access-Token:
      - %s
      Accept:
      - application/json
  response:
    status:
      code: 200
    headers:
      X-Request-Id:
      - %s
      X-Shopify-Shop-Api-Call-Limit:
      - 1/40
    body:
      string: '{"products":[{"id":%s,"admin_graphql_api_id":"gid://shopify/Product/%s"}]}'
recorded_with: VCR 6.3.1
""" % (S("shopify", "admin-token"), D("request-id", uuid()), D("product-id", d(13)), d(13))


@template("web-app/recordings/github-api_3412/list-issues_1829/recording.har", "har-json-header", "polly-recording")
def _(S, G, B, D):
    return """{
  "log": {
    "_recordingName": "github api/list issues",
    "creator": { "comment": "persister:fs", "name": "Polly.JS", "version": "6.0.6" },
    "entries": [
      {
        "_id": "%s",
        "_order": 0,
        "request": {
          "headers": [
            { "_fromType": "array", "name": "authorization", "value": "token %s" },
            { "_fromType": "array", "name": "user-agent", "value": "octokit.js/21.0.0" }
          ],
          "method": "GET",
          "url": "https://api.github.com/repos/acme/web-app/issues?state=open"
        },
        "response": {
          "headers": [
            { "name": "etag", "value": "W/\\"%s\\"" },
            { "name": "x-github-request-id", "value": "%s" }
          ],
          "status": 200
        }
      }
    ]
  }
}
""" % (D("md5", h(32)), S("github", "classic-pat"), D("sha256", h(64)), D("request-id", "%s:%s:%s:%s:%s" % (F.H(4), F.H(5), F.H(6), F.H(7), F.H(8))))


@template("py-client/tests/cassettes/test_upload.json", "json-header-array", "betamax-cassette")
def _(S, G, B, D):
    return """{"http_interactions": [{"request": {"body": {"encoding": "utf-8", "string": ""}, "headers": {"Authorization": ["Basic %s"], "User-Agent": ["python-requests/2.32.3"]}, "method": "GET", "uri": "https://upload.pypi.org/legacy/"}, "response": {"body": {"encoding": null, "string": ""}, "headers": {"X-Request-Id": ["%s"]}, "status": {"code": 200, "message": "OK"}, "url": "https://upload.pypi.org/legacy/"}, "recorded_at": "2026-11-12T09:00:00"}, {"request": {"headers": {"Authorization": ["token %s"]}, "method": "GET", "uri": "https://api.github.com/user"}, "response": {"status": {"code": 200}}, "recorded_at": "2026-11-12T09:00:01"}, {"request": {"headers": {"Authorization": ["Bearer <AUTH_TOKEN>"]}, "method": "GET", "uri": "https://api.github.com/user"}, "response": {"status": {"code": 401}}, "recorded_at": "2026-11-12T09:00:02"}], "recorded_with": "betamax/0.9.0"}
""" % (B("pypi", "token", F.EXTRA["pypi"]["token"](), pair="__token__"), D("uuid", uuid()), S("github", "classic-pat"))


@template("payments-svc/src/test/resources/mappings/slack-post-message.json", "json-wiremock-matcher", "wiremock-mapping")
def _(S, G, B, D):
    return """{
  "id": "%s",
  "name": "slack chat.postMessage",
  "request": {
    "method": "POST",
    "url": "/api/chat.postMessage",
    "headers": {
      "Authorization": { "equalTo": "Bearer %s" },
      "Content-Type": { "contains": "application/json" }
    }
  },
  "response": {
    "status": 200,
    "jsonBody": { "ok": true, "channel": "%s", "ts": "1764494400.000200" }
  },
  "uuid": "%s",
  "persistent": true
}
""" % (D("uuid", uuid()), S("slack", "bot-token"), D("channel-id", "C" + up(10)), D("uuid", uuid()))


@template("payments-svc/src/test/resources/mappings/adyen-payments.json", "json-wiremock-matcher", "wiremock-mapping")
def _(S, G, B, D):
    return """{
  "request": {
    "method": "POST",
    "urlPath": "/v71/payments",
    "headers": { "X-API-Key": { "equalTo": "%s" } }
  },
  "response": {
    "status": 200,
    "jsonBody": { "pspReference": "%s", "resultCode": "Authorised", "merchantReference": "%s" }
  }
}
""" % (S("adyen", "api-key"), D("psp-reference", up(16)), D("uuid", uuid()))


@template("api-server/tests/conftest.py", "py-monkeypatch-setenv", "pytest-fixtures")
def _(S, G, B, D):
    return """import pytest


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("SENDGRID_API_KEY", "%s")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-a-real-key")
    monkeypatch.setenv("RESEND_API_KEY", "%s")
    monkeypatch.setenv("SECRET_KEY", "test")


@pytest.fixture
def twilio_client():
    from twilio.rest import Client
    return Client("%s", "%s")


@pytest.fixture
def anthropic_key():
    # copied from the staging vault while debugging #412
    return "%s"


@pytest.fixture
def webhook_payload():
    return {"id": "%s", "type": "invoice.paid", "signature": "%s"}
""" % (S("sendgrid", "api-key"), S("resend", "api-key"), D("account-sid", "AC" + h(32)), S("twilio", "auth-token"),
       S("anthropic", "api-key"), D("event-id", "evt_" + a(24)), D("sha256", h(64)))


@template("web-app/e2e/.auth/admin.json", "json-storage-state", "playwright-storage-state")
def _(S, G, B, D):
    refresh = lo(12)
    return """{
  "cookies": [
    {
      "name": "__Secure-authjs.session-token",
      "value": "%s",
      "domain": "staging.acme.example",
      "path": "/",
      "expires": 1767086400.123,
      "httpOnly": true,
      "secure": true,
      "sameSite": "Lax"
    },
    {
      "name": "_ga",
      "value": "GA1.1.%s.%s",
      "domain": ".acme.example",
      "path": "/",
      "expires": 1798622400,
      "httpOnly": false,
      "secure": false,
      "sameSite": "Lax"
    }
  ],
  "origins": [
    {
      "origin": "https://staging.acme.example",
      "localStorage": [
        { "name": "sb-%s-auth-token", "value": "{\\"access_token\\":\\"%s\\",\\"token_type\\":\\"bearer\\",\\"refresh_token\\":\\"%s\\"}" },
        { "name": "theme", "value": "dark" }
      ]
    }
  ]
}
""" % (G("session-cookie", "eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2Q0JDLUhTNTEyIn0.." + F.bu(22) + "." + F.bu(300) + "." + F.bu(43)),
       D("analytics-id", d(10)), d(10), D("project-ref", lo(20)),
       G("supabase-access-token", F.jwt({"aud": "authenticated", "exp": 1767086400, "sub": uuid(), "role": "authenticated"})),
       G("supabase-refresh-token", refresh))


# ---------------------------------------------------------------- API descriptions and docs sites

@template("public-api/openapi.yaml", "yaml-openapi-example", "openapi-spec")
def _(S, G, B, D):
    return """openapi: 3.1.0
info:
  title: Acme Orders API
  version: 2.3.0
servers:
  - url: https://api.acme.example/v2
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
    apiKeyHeader:
      type: apiKey
      in: header
      name: X-API-Key
  parameters:
    ApiKey:
      name: X-API-Key
      in: header
      required: true
      schema:
        type: string
      example: %s
paths:
  /orders:
    get:
      security:
        - bearerAuth: []
      parameters:
        - name: Authorization
          in: header
          example: Bearer %s
      responses:
        '200':
          description: OK
          content:
            application/json:
              example:
                id: ord_%s
                webhook_secret: whsec_xxxxxxxxxxxxxxxxxxxxxxxx
  /payments:
    post:
      x-codeSamples:
        - lang: curl
          source: |
            curl https://api.acme.example/v2/payments \\
              -u %s: \\
              -d amount=1000
        - lang: curl
          source: |
            curl https://api.acme.example/v2/payments -u sk_test_4eC39HqLyjWDarjtT1zdp7dc:
""" % (D("placeholder", "YOUR_API_KEY"), G("example-bearer-token", F.jwt({"sub": "svc-orders", "scope": "orders:read", "iat": 1764000000})),
       D("order-id", a(16)), S("stripe", "restricted-key"))


@template("public-api/swagger.json", "json-swagger-default", "openapi-spec")
def _(S, G, B, D):
    return """{
  "swagger": "2.0",
  "info": { "title": "Legacy Inventory API", "version": "1.0" },
  "host": "inventory.acme.example",
  "securityDefinitions": {
    "api_key": { "type": "apiKey", "name": "api_key", "in": "header" },
    "oauth": { "type": "oauth2", "flow": "application", "tokenUrl": "https://auth.acme.example/token" }
  },
  "paths": {
    "/items": {
      "get": {
        "parameters": [
          { "name": "api_key", "in": "header", "type": "string", "default": "%s" },
          { "name": "X-Trace-Id", "in": "header", "type": "string", "default": "%s" }
        ]
      }
    }
  },
  "x-internal-testing": { "client_id": "%s", "client_secret": "%s" }
}
""" % (G("api-key-default", h(40)), D("uuid", uuid()), D("client-id", a(20)), G("client-secret", F.bu(40)))


@template("docs-site/mkdocs.yml", "yaml-parent", "mkdocs-config")
def _(S, G, B, D):
    return """site_name: Acme Developer Docs
repo_url: https://github.com/acme/docs
theme:
  name: material
plugins:
  - search
  - git-committers:
      repository: acme/docs
      branch: main
      token: %s
  - git-revision-date-localized
extra:
  analytics:
    provider: google
    property: %s
  consent:
    title: Cookie consent
extra_javascript:
  - https://cdn.jsdelivr.net/npm/@docsearch/js@3
copyright: Copyright &copy; 2026 Acme
""" % (S("github", "fine-grained-pat"), D("measurement-id", "G-" + up(10)))


@template("docs-site/docusaurus.config.js", "js-object-literal", "docusaurus-config")
def _(S, G, B, D):
    return """// @ts-check
const {themes: prismThemes} = require('prism-react-renderer');

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'Acme Docs',
  url: 'https://docs.acme.example',
  baseUrl: '/',
  customFields: {
    posthogKey: '%s',
    feedbackWebhook: '%s',
  },
  plugins: [
    ['docusaurus-plugin-sentry', {DSN: '%s', authToken: '%s'}],
  ],
  themeConfig: {
    algolia: {
      appId: '%s',
      apiKey: '%s',
      indexName: 'acme-docs',
    },
  },
};

module.exports = config;
""" % (D("project-key", "phc_" + a(43)), S("discord", "webhook-url"), D("dsn", F.P["sentry"][2][0][2]()), S("sentry", "org-token"),
       D("app-id", up(10)), D("search-only-key", h(32)))


@template("public-api/requests/orders.http", "http-request-header", "rest-client-http")
def _(S, G, B, D):
    return """@baseUrl = https://api.acme.example/v2
@token = %s
@adminToken = {{$dotenv ADMIN_TOKEN}}

### list orders
GET {{baseUrl}}/orders
Authorization: Bearer {{token}}

### refund through the payment provider directly
POST https://api.mollie.com/v2/payments/tr_%s/refunds
Authorization: Bearer %s
Content-Type: application/json

{ "amount": { "currency": "EUR", "value": "10.00" } }

### upstream search
GET https://api.tavily.com/search?query=acme
Authorization: Bearer %s
X-Request-Id: %s
""" % (G("api-token", F.bu(40)), D("payment-id", a(10)), S("mollie", "live-key"), S("tavily", "api-key"), D("uuid", uuid()))


@template("public-api/requests/http-client.private.env.json", "json-nested", "jetbrains-http-client-env")
def _(S, G, B, D):
    return """{
  "dev": {
    "token": "%s",
    "password": "%s",
    "openai_key": "%s"
  },
  "prod": {
    "token": "%s",
    "password": "%s",
    "datadog_app_key": "%s",
    "datadog_api_key": "%s"
  }
}
""" % (G("api-token", F.bu(40)), G("password", pw(14)), S("openai", "project-key"), G("api-token", F.bu(40)), G("password", pw(16)),
       S("datadog", "app-key"), S("datadog", "api-key"))


@template("public-api/requests/http-client.env.json", "json-nested", "jetbrains-http-client-env")
def _(S, G, B, D):
    return """{
  "dev": { "baseUrl": "http://localhost:8080", "clientId": "%s", "tenant": "%s" },
  "prod": { "baseUrl": "https://api.acme.example", "clientId": "%s", "publishableKey": "%s" }
}
""" % (D("client-id", uuid()), D("tenant-id", uuid()), D("client-id", uuid()), D("publishable-key", F.P["stripe"][2][0][2]()))


@template("docs-site/docs/guides/authentication.md", "markdown-fenced", "docs-markdown")
def _(S, G, B, D):
    return """# Authenticating

Every request carries an API key. Create one under **Settings → API keys**.

```bash
curl https://api.acme.example/v2/orders \\
  -H "Authorization: Bearer ak_live_YOUR_KEY"
```

The key looks like `ak_live_` followed by 32 characters, for example
`ak_live_0123456789abcdef0123456789abcdef`.

## Calling the model gateway

```python
from anthropic import Anthropic
client = Anthropic(api_key="%s")
```

## Webhooks from Postmark

```bash
curl "https://api.postmarkapp.com/server" -H "X-Postmark-Server-Token: %s"
```

Our own test token for the sandbox is `POSTMARK_API_TEST` and the id of the sandbox server is `%s`.
""" % (S("anthropic", "api-key"), S("postmark", "server-token"), D("server-id", d(8)))


# ---------------------------------------------------------------- legacy web apps

@template("legacy-intranet/cgi-bin/lib/Config.pm", "perl-our-scalar", "perl-cgi")
def _(S, G, B, D):
    return """package Intranet::Config;
use strict;
use warnings;

our $DB_DSN  = 'DBI:mysql:database=intranet;host=db1.acme.local';
our $DB_USER = 'intranet';
our $DB_PASS = '%s';
our %%PAYPAL = (
    username  => 'payments_api1.acme.example',
    password  => '%s',
    signature => '%s',
);
our $SESSION_SECRET = '%s';
our $MAPS_KEY = '%s';
our $BUILD_ID = '%s';
1;
""" % (G("database-password", pw(14)), G("paypal-nvp-password", up(16)), G("paypal-nvp-signature", "A" + F.bu(55).replace("_", ".")),
       G("session-secret", h(40)), S("google", "api-key"), D("sha1", h(40)))


@template("legacy-intranet/cgi-bin/mailer.cgi", "perl-my-scalar", "perl-cgi")
def _(S, G, B, D):
    return """#!/usr/bin/perl -wT
use strict;
use CGI qw(:standard);
use Net::SMTP;

my $smtp = Net::SMTP->new('smtp.sparkpostmail.com', Port => 587);
$smtp->auth('SMTP_Injection', '%s');
my $mailgun_key = "%s";
my $salt = '%s';   # crypt() salt for the legacy users table
print header('text/plain'), "sent\\n";
""" % (S("sparkpost", "api-key"), S("mailgun", "private-key-legacy"), D("salt", "$1$" + a(8)))


@template("legacy-asp/global.asa", "vbscript-application", "classic-asp")
def _(S, G, B, D):
    return """<SCRIPT LANGUAGE="VBScript" RUNAT="Server">
Sub Application_OnStart
    Application("ConnString") = "Provider=SQLOLEDB;Data Source=SQL2008;Initial Catalog=Orders;User Id=web_orders;Password=%s;"
    Application("SMTPServer") = "smtp.office365.com"
    Application("SMTPUser") = "orders@acme.example"
    Application("SMTPPassword") = "%s"
    Application("AuthNetLoginID") = "%s"
    Application("AuthNetTranKey") = "%s"
    Application("SiteGUID") = "{%s}"
End Sub

Sub Session_OnStart
    Session.Timeout = 30
End Sub
</SCRIPT>
""" % (G("sql-password", pw(12)), G("smtp-password", pw(14)), D("login-id", a(10)), S("authorizenet", "transaction-key"), D("guid", uuid().upper()))


@template("legacy-cf/Application.cfc", "cfml-component", "coldfusion-application")
def _(S, G, B, D):
    return """component {
    this.name = "AcmeCatalog";
    this.sessionManagement = true;
    this.datasources["catalog"] = {
        class: "com.microsoft.sqlserver.jdbc.SQLServerDriver",
        connectionString: "jdbc:sqlserver://sql01:1433;DatabaseName=catalog",
        username: "catalog_app",
        password: "%s"
    };

    function onApplicationStart() {
        application.s3 = { accessKeyId: "%s", awsSecretKey: "%s" };
        application.recaptchaSiteKey = "%s";
        application.recaptchaSecret = "%s";
        application.passwordSalt = hash("%s", "SHA-256");
        return true;
    }
}
""" % (G("database-password", pw(14)), S("aws", "access-key-id"), S("aws", "secret-key"), D("site-key", "6L" + F.bu(38)),
       G("recaptcha-secret", "6L" + F.bu(38)), D("hash-input", "catalog"))


@template("legacy-php/phpmyadmin/config.inc.php", "php-array-assign", "php-config-inc")
def _(S, G, B, D):
    return """<?php
$cfg['blowfish_secret'] = '%s';
$i = 0;
$i++;
$cfg['Servers'][$i]['auth_type'] = 'config';
$cfg['Servers'][$i]['host'] = 'localhost';
$cfg['Servers'][$i]['user'] = 'root';
$cfg['Servers'][$i]['password'] = '%s';
$cfg['Servers'][$i]['controluser'] = 'pma';
$cfg['Servers'][$i]['controlpass'] = '%s';
$i++;
$cfg['Servers'][$i]['auth_type'] = 'cookie';
$cfg['Servers'][$i]['host'] = 'db2.acme.local';
$cfg['Servers'][$i]['password'] = '';
$cfg['UploadDir'] = '';
$cfg['SaveDir'] = '';
""" % (G("blowfish-secret", F.pick(F.ALNUM + "{}[]()", 32)), G("mysql-root-password", pw(14)), D("placeholder", "pmapass"))


@template("legacy-php/shop/includes/config.inc.php", "php-define", "php-config-inc")
def _(S, G, B, D):
    return """<?php
// osCommerce-era shop configuration
define('DB_SERVER', 'localhost');
define('DB_SERVER_USERNAME', 'shop');
define('DB_SERVER_PASSWORD', '%s');
define('DB_DATABASE', 'shop');
define('MODULE_PAYMENT_AUTHORIZENET_LOGIN', '%s');
define('MODULE_PAYMENT_AUTHORIZENET_TXNKEY', '%s');
define('MODULE_PAYMENT_AUTHORIZENET_MD5_HASH', '%s');
define('MAILCHIMP_API_KEY', '%s');
define('STORE_SESSIONS', 'mysql');
""" % (G("database-password", pw(12)), D("login-id", a(10)), S("authorizenet", "transaction-key"), D("md5-hash-setting", "secret-md5"), S("mailchimp", "api-key"))


# ---------------------------------------------------------------- developer dotfiles

@template("dotfiles/.authinfo", "netrc", "authinfo")
def _(S, G, B, D):
    return """machine api.github.com login acme-dev^forge password %s
machine smtp.gmail.com port 587 login dev@acme.example password %s
machine irc.libera.chat port 6697 login acme-dev password %s
machine gitlab.acme.example/api/v4 login acme-dev^forge password %s
machine example.com login user password secret
""" % (S("github", "classic-pat"), G("google-app-password", F.pick("abcdefghijklmnopqrstuvwxyz", 16)), G("irc-password", pw(12)),
       S("gitlab", "pat"))


@template("dotfiles/.config/gh/hosts.yml", "yaml-parent", "gh-hosts")
def _(S, G, B, D):
    return """github.com:
    users:
        acme-dev:
            oauth_token: %s
    git_protocol: ssh
    user: acme-dev
    oauth_token: %s
github.acme-corp.example:
    git_protocol: https
    user: jdoe
    oauth_token: %s
""" % (S("github", "oauth-token", value=F.gh("gho_")), S("github", "oauth-token", value=F.gh("gho_")), S("github", "classic-pat"))


@template("dotfiles/.terraformrc", "hcl-block", "terraformrc")
def _(S, G, B, D):
    return """plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"

credentials "app.terraform.io" {
  token = "%s"
}

credentials "tfe.acme.example" {
  token = "%s"
}

provider_installation {
  network_mirror { url = "https://mirror.acme.example/terraform/" }
}
""" % (S("terraform", "api-token"), S("terraform", "api-token"))


@template("dotfiles/.cargo/credentials.toml", "toml", "cargo-credentials")
def _(S, G, B, D):
    return """[registry]
token = "%s"

[registries.acme]
token = "Bearer %s"

[registries.shipyard]
token = "%s"
""" % (S("cratesio", "token"), G("registry-token", F.bu(40)), D("placeholder", "<insert token here>"))


@template("dotfiles/.gem/credentials", "yaml-symbol-key", "gem-credentials")
def _(S, G, B, D):
    return """---
:rubygems_api_key: %s
:github: Bearer %s
:acme_gemstash: %s
""" % (S("rubygems", "api-key"), S("github", "classic-pat"), G("gemstash-key", h(32)))


@template("dotfiles/.m2/settings.xml", "xml-maven-server", "maven-settings")
def _(S, G, B, D):
    return """<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>acme-nexus</id>
      <username>deploy</username>
      <password>%s</password>
    </server>
    <server>
      <id>github</id>
      <username>acme-dev</username>
      <password>%s</password>
    </server>
    <server>
      <id>ossrh</id>
      <username>acme</username>
      <password>%s</password>
    </server>
    <server>
      <id>artifactory</id>
      <username>ci</username>
      <password>${env.ARTIFACTORY_TOKEN}</password>
    </server>
  </servers>
  <profiles>
    <profile>
      <id>sign</id>
      <properties>
        <gpg.keyname>%s</gpg.keyname>
        <gpg.passphrase>%s</gpg.passphrase>
      </properties>
    </profile>
  </profiles>
</settings>
""" % (G("nexus-password", pw(16)), S("github", "classic-pat"), D("maven-encrypted", "{" + b64(32) + "}"), D("gpg-key-id", F.H(16)),
       G("gpg-passphrase", pw(20)))


@template("dotfiles/.composer/auth.json", "json-nested", "composer-auth")
def _(S, G, B, D):
    return """{
    "http-basic": {
        "repo.magento.com": {
            "username": "%s",
            "password": "%s"
        },
        "composer.acme.example": {
            "username": "token",
            "password": "%s"
        }
    },
    "github-oauth": {
        "github.com": "%s"
    },
    "gitlab-token": {
        "gitlab.com": "%s"
    },
    "bearer": {
        "packages.acme.example": "%s"
    }
}
""" % (D("public-key", h(32)), G("magento-marketplace-private-key", h(32)), G("satis-password", a(32)), S("github", "classic-pat"),
       S("gitlab", "pat"), G("bearer-token", F.bu(48)))


@template("dotfiles/.yarnrc.yml", "yaml-parent", "yarnrc")
def _(S, G, B, D):
    return """nodeLinker: node-modules
npmRegistryServer: "https://registry.yarnpkg.com"
npmAuthToken: %s
npmScopes:
  acme:
    npmRegistryServer: "https://npm.pkg.github.com"
    npmAuthToken: %s
    npmAlwaysAuth: true
  internal:
    npmRegistryServer: "https://nexus.acme.example/repository/npm/"
    npmAuthIdent: "deploy:%s"
  fontawesome:
    npmRegistryServer: "https://npm.fontawesome.com/"
    npmAuthToken: "${FONTAWESOME_NPM_AUTH_TOKEN}"
yarnPath: .yarn/releases/yarn-4.5.1.cjs
checksumBehavior: update
""" % (S("npm", "token"), S("github", "classic-pat"), G("nexus-password", pw(16)))


@template("dotfiles/.bundle/config", "yaml-bundle-config", "bundle-config")
def _(S, G, B, D):
    return """---
BUNDLE_PATH: "vendor/bundle"
BUNDLE_GEMS__CONTRIBSYS__COM: "%s:%s"
BUNDLE_RUBYGEMS__PKG__GITHUB__COM: "acme-dev:%s"
BUNDLE_ENTERPRISE__CONTRIBSYS__COM: "${SIDEKIQ_ENT_CREDENTIALS}"
BUNDLE_JOBS: "4"
""" % (D("user-id", h(8)), G("sidekiq-pro-password", h(8)), S("github", "classic-pat"))


@template("dotfiles/.config/pip/pip.conf", "ini-section", "pip-conf")
def _(S, G, B, D):
    return """[global]
index-url = %s
extra-index-url =
    %s
    https://pypi.org/simple
timeout = 60

[install]
trusted-host = nexus.acme.example
""" % (G("nexus-password-in-url", "https://deploy:%s@nexus.acme.example/repository/pypi/simple" % pw(16)),
       S("gitlab", "pat", value="https://__token__:%s@gitlab.acme.example/api/v4/projects/42/packages/pypi/simple" % F.EXTRA["gitlab"]["pat"]()))


@template("dotfiles/.condarc", "yaml-parent", "condarc")
def _(S, G, B, D):
    return """channels:
  - https://conda.anaconda.org/t/%s/acme
  - conda-forge
channel_alias: https://conda.acme.example
custom_channels:
  internal: %s
ssl_verify: true
envs_dirs:
  - ~/miniforge3/envs
# anaconda.org user id: %s
""" % (G("anaconda-token", lo(2) + "-" + uuid()), G("channel-password", "https://ci:%s@conda.acme.example" % pw(16)), D("uuid", uuid()))


@template("dotfiles/.s3cfg", "ini-key", "s3cfg")
def _(S, G, B, D):
    return """[default]
access_key = %s
secret_key = %s
gpg_passphrase = %s
host_base = s3.amazonaws.com
host_bucket = %%(bucket)s.s3.amazonaws.com
signature_v2 = False
website_endpoint = http://%%(bucket)s.s3-website-%%(location)s.amazonaws.com/

[spaces]
access_key = %s
secret_key = %s
host_base = fra1.digitaloceanspaces.com
""" % (S("aws", "access-key-id"), S("aws", "secret-key"), G("gpg-passphrase", pw(18)), D("spaces-key-id", "DO00" + up(16)),
       S("digitalocean", "spaces-secret"))


@template("dotfiles/.boto", "ini-key", "boto-config")
def _(S, G, B, D):
    return """[Credentials]
aws_access_key_id = %s
aws_secret_access_key = %s
gs_oauth2_refresh_token = %s
gs_access_key_id = %s
gs_secret_access_key = %s

[Boto]
https_validate_certificates = True

[GSUtil]
default_project_id = %s
""" % (S("aws", "access-key-id"), S("aws", "secret-key"), S("google", "oauth-refresh-token", value="1//0" + F.bu(99)),
       D("hmac-access-id", "GOOG1E" + up(55)), S("google", "hmac-secret", value=b64(30)), D("project-id", "acme-data-" + d(6)))


@template("dotfiles/.kube/config", "yaml-kubeconfig", "kubeconfig")
def _(S, G, B, D):
    key = F.pem("RSA PRIVATE KEY", bytes.fromhex("308204a40201000282010100"), 1150)
    ca = base64.b64encode(F.pem("CERTIFICATE", bytes.fromhex("308203"), 700).encode()).decode()
    return """apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: %s
    server: https://k8s.acme.internal:6443
  name: acme-prod
contexts:
- context:
    cluster: acme-prod
    user: admin@acme-prod
  name: acme-prod
current-context: acme-prod
users:
- name: admin@acme-prod
  user:
    client-certificate-data: %s
    client-key-data: %s
- name: ci-deployer
  user:
    token: %s
- name: oidc
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: kubelogin
      args: ["get-token", "--login", "devicecode"]
""" % (D("ca-certificate", ca), D("client-certificate", base64.b64encode(F.pem("CERTIFICATE", bytes.fromhex("308203"), 600).encode()).decode()),
       B("kubernetes", "client-key-data", key),
       S("kubernetes", "service-account-token", value=F.jwt_rs({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "ci", "sub": "system:serviceaccount:ci:deployer"})))


@template("dotfiles/.pgpass", "pgpass-line", "pgpass")
def _(S, G, B, D):
    return """# hostname:port:database:username:password
db.acme.internal:5432:orders:app_rw:%s
replica.acme.internal:5432:*:report_ro:%s
localhost:5432:*:postgres:%s
*:*:*:*:%s
""" % (S("postgres", "password"), S("postgres", "password"), D("placeholder", "postgres"), D("placeholder", "changeme"))


@template("dotfiles/.my.cnf", "ini-key", "my-cnf")
def _(S, G, B, D):
    return """[client]
user=dba
password=%s
host=mysql-primary.acme.internal

[mysqldump]
user=backup
password="%s"
single-transaction

[mysql]
prompt=\\u@\\h [\\d]>\\_
# password=<set in ~/.mylogin.cnf instead>
""" % (G("mysql-password", pw(16)), G("mysql-password", pw(14)))


# ---------------------------------------------------------------- more of each kind, to spread providers

@template("hpc-jobs/embed_corpus.sbatch", "sh-export", "slurm-script")
def _(S, G, B, D):
    return """#!/bin/bash
#SBATCH --job-name=embed
#SBATCH --array=0-63
#SBATCH --mem=32G
export VOYAGE_API_KEY=%s
export COHERE_API_KEY=%s
export PINECONE_API_KEY=%s
export MISTRAL_API_KEY=%s
export LANGSMITH_API_KEY=%s
export SLURM_ARRAY_SEED=%s
python embed.py --shard "$SLURM_ARRAY_TASK_ID"
""" % (S("voyageai", "api-key"), S("cohere", "api-key"), S("pinecone", "api-key-legacy"), S("mistral", "api-key"), S("langsmith", "service-key"),
       D("seed", d(9)))


@template("r-analytics/R/secrets.R", "r-sys-setenv", "r-renviron")
def _(S, G, B, D):
    return """# run once per session
Sys.setenv(
  AIRTABLE_API_KEY = "%s",
  ASANA_ACCESS_TOKEN = "%s",
  NOTION_TOKEN = "%s",
  SLACK_TOKEN = "%s",
  GOOGLE_ANALYTICS_ID = "%s"
)
options(gargle_oauth_email = "analyst@acme.example")
smartsheet_token <- "%s"
""" % (G("airtable-pat", "pat" + a(14) + "." + h(64)), S("asana", "pat-v1"), S("notion", "integration-secret"), S("slack", "bot-token"),
       D("measurement-id", "G-" + up(10)), S("smartsheet", "access-token"))


@template("play-storefront/conf/prod.conf", "hocon", "play-application-conf")
def _(S, G, B, D):
    return """include "application.conf"

play.http.secret.key = "%s"
pekko.persistence.jdbc.password = "%s"
contentful {
  spaceId = "%s"
  deliveryToken = "%s"
  managementToken = "%s"
}
braze.apiKey = "%s"
braze.endpoint = "https://rest.fra-02.braze.eu"
launchdarkly.sdkKey = "%s"
launchdarkly.clientSideId = "%s"
""" % (G("play-secret", F.bu(64)), G("database-password", pw(16)), D("space-id", lo(12)), S("contentful", "delivery-token"),
       S("contentful", "management-token"), S("braze", "rest-api-key"), S("launchdarkly", "sdk-key"), D("client-side-id", h(24)))


@template("ktor-api/src/test/resources/application-test.conf", "hocon", "ktor-application-conf")
def _(S, G, B, D):
    return """jwt.secret = "test-secret"
stripe.secretKey = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
resend.apiKey = "%s"
posthog.personalApiKey = "%s"
posthog.projectKey = "%s"
""" % (S("resend", "api-key"), S("posthog", "personal-api-key"), D("project-key", "phc_" + a(43)))


@template("shop-shopware/custom/plugins/AcmeErp/src/Resources/config/config.xml", "xml-element-text", "shopware-env")
def _(S, G, B, D):
    return """<?xml version="1.0" encoding="UTF-8"?>
<config xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
        xsi:noNamespaceSchemaLocation="https://raw.githubusercontent.com/shopware/shopware/trunk/src/Core/System/SystemConfig/Schema/config.xsd">
    <card>
        <title>ERP connection</title>
        <input-field type="password">
            <name>erpApiSecret</name>
            <label>API secret</label>
            <defaultValue>%s</defaultValue>
        </input-field>
        <input-field>
            <name>pipedriveToken</name>
            <defaultValue>%s</defaultValue>
        </input-field>
        <input-field>
            <name>shippoToken</name>
            <defaultValue>%s</defaultValue>
        </input-field>
        <input-field>
            <name>erpTenant</name>
            <defaultValue>%s</defaultValue>
        </input-field>
    </card>
</config>
""" % (G("api-secret", a(40)), S("pipedrive", "api-token"), G("shippo-token", "shippo_live_" + h(40)), D("uuid", uuid()))


@template("web-app/e2e/global-setup.ts", "ts-process-env", "playwright-storage-state")
def _(S, G, B, D):
    return """import { chromium, FullConfig } from '@playwright/test';

process.env.E2E_ADMIN_PASSWORD ??= '%s';
process.env.MAILOSAUR_API_KEY ??= '%s';
process.env.BROWSERSTACK_ACCESS_KEY = '%s';
process.env.BROWSERSTACK_USERNAME = '%s';

export default async function globalSetup(config: FullConfig) {
  const browser = await chromium.launch();
  const page = await browser.newPage();
  await page.goto('https://staging.acme.example/login');
  await page.fill('#email', 'e2e-admin@acme.example');
  await page.fill('#password', process.env.E2E_ADMIN_PASSWORD!);
  await page.context().storageState({ path: 'e2e/.auth/admin.json' });
  await browser.close();
}
""" % (G("e2e-password", pw(16)), G("mailosaur-key", a(16)), S("browserstack", "access-key"), D("username", "acmeqa_" + a(8)))


@template("api-server/tests/fixtures/webhooks.py", "py-constant", "pytest-fixtures")
def _(S, G, B, D):
    return """import hashlib
import hmac

GITHUB_WEBHOOK_SECRET = "%s"
SHOPIFY_WEBHOOK_SECRET = "%s"
CALENDLY_SIGNING_KEY = "%s"
EXAMPLE_DELIVERY_ID = "%s"
EXPECTED_SIGNATURE = "sha256=%s"


def sign(body: bytes, secret: str = GITHUB_WEBHOOK_SECRET) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
""" % (G("webhook-secret", h(40)), S("shopify", "shared-secret"), S("calendly", "webhook-signing-key"), D("uuid", uuid()), D("sha256", h(64)))


@template("docs-site/docs/integrations/observability.mdx", "markdown-fenced", "docs-markdown")
def _(S, G, B, D):
    return """---
title: Observability
---

import Tabs from '@theme/Tabs';

Send traces to Honeycomb and errors to Rollbar:

```yaml title="otel-collector.yaml"
exporters:
  otlp/honeycomb:
    endpoint: api.honeycomb.io:443
    headers:
      x-honeycomb-team: %s
```

```js
Rollbar.init({ accessToken: '%s', captureUncaught: true });
```

```js
// browser side: a post_client_item token is public by design
Rollbar.init({ accessToken: '%s' });
```

Axiom ingest:

```sh
curl -X POST https://api.axiom.co/v1/datasets/web/ingest -H 'Authorization: Bearer %s' -d @events.json
```
""" % (G("honeycomb-key", a(22)), S("rollbar", "server-token"), D("client-token", h(32)), S("axiom", "api-token"))


@template("legacy-asp/includes/payments.asp", "vbscript-const", "classic-asp")
def _(S, G, B, D):
    return """<%%
Const PAYPAL_API_USERNAME = "sales_api1.acme.example"
Const PAYPAL_API_PASSWORD = "%s"
Const PAYPAL_API_SIGNATURE = "%s"
Const GOOGLE_MAPS_KEY = "%s"
Const SHIPPING_TABLE_CHECKSUM = "%s"
Dim objHttp : Set objHttp = Server.CreateObject("MSXML2.ServerXMLHTTP")
objHttp.setRequestHeader "Authorization", "Bearer %s"
%%>
""" % (G("paypal-nvp-password", up(16)), G("paypal-nvp-signature", "A" + F.bu(55).replace("_", ".")), S("google", "api-key"), D("md5", h(32)),
       S("square", "access-token"))


@template("winforms-inventory/InventoryClient/appsettings.Local.xml", "xml-property-attr", "dotnet-app-config")
def _(S, G, B, D):
    return """<?xml version="1.0" encoding="utf-8"?>
<appSettings>
  <add key="Zendesk:ApiToken" value="%s" />
  <add key="Zendesk:Email" value="support@acme.example/token" />
  <add key="Okta:ApiToken" value="%s" />
  <add key="Okta:ClientId" value="%s" />
  <add key="NewRelic:LicenseKey" value="%s" />
  <add key="Telegram:BotToken" value="%s" />
  <add key="Build:Commit" value="%s" />
</appSettings>
""" % (S("zendesk", "api-token"), S("okta", "api-token"), D("client-id", "0oa" + a(17)), S("newrelic", "license-key"), S("telegram", "bot-token"), D("git-sha", h(40)))


@template("churn-model/params.yaml", "yaml-parent", "dvc-config")
def _(S, G, B, D):
    return """train:
  seed: %s
  lr: 0.0003
  epochs: 20
data:
  source: snowflake
  account: acme-eu
  user: ML_SVC
  password: %s
  warehouse: ML_WH
tracking:
  neptune_project: acme/churn
  neptune_api_token: %s
  comet_api_key: %s
artifacts:
  model_sha256: %s
""" % (D("seed", d(5)), S("snowflake", "password"), S("neptune", "api-token"), G("comet-api-key", a(25)), D("sha256", h(64)))


@template("ops/dsc/Install-Agents.ps1", "powershell-splat", "powershell-dsc")
def _(S, G, B, D):
    return """$agentArgs = @{
    DatadogApiKey     = '%s'
    NewRelicUserKey   = '%s'
    DynatraceApiToken = '%s'
    ElasticApiKey     = '%s'
    TailscaleAuthKey  = '%s'
}
& .\\install-agents.ps1 @agentArgs
# MSI product code, not a secret
$productCode = '{%s}'
""" % (S("datadog", "api-key"), S("newrelic", "user-key"), S("dynatrace", "api-token"), S("elastic", "api-key"), S("tailscale", "auth-key"),
       D("product-code", uuid().upper()))


@template("clj-billing/resources/config.edn", "clojure-map", "clojure-deps-edn")
def _(S, G, B, D):
    return """{:http {:port #long #or [#env PORT 3000]}
 :db {:jdbc-url #or [#env DATABASE_URL "jdbc:postgresql://localhost/billing?user=billing&password=%s"]}
 :paddle {:api-key "%s" :vendor-id %s}
 :chargebee {:site "acme-test" :api-key "%s"}
 :gocardless {:access-token "%s"}
 :plaid {:client-id "%s" :secret "%s"}
 :feature-flags {:flagsmith-env-key "%s"}}
""" % (G("database-password-in-url", pw(14)), G("paddle-api-key", "pdl_live_apikey_" + lo(26) + "_" + a(22) + "_" + a(3)), D("vendor-id", d(6)),
       S("chargebee", "api-key-live"), S("gocardless", "live-token"), D("client-id", h(24)), S("plaid", "secret"), D("client-env-key", a(22)))


@template("public-api/requests/admin.rest", "http-request-header", "rest-client-http")
def _(S, G, B, D):
    return """# VS Code REST Client: admin calls
@host = https://admin.acme.example

### rotate keys
POST {{host}}/keys/rotate
X-Admin-Token: %s

### Algolia reindex
POST https://%s.algolia.net/1/indexes/products/clear
X-Algolia-Application-Id: %s
X-Algolia-API-Key: %s

### Linear issue
POST https://api.linear.app/graphql
Authorization: %s
Content-Type: application/json

{ "query": "{ viewer { id } }" }
""" % (G("admin-token", h(48)), D("app-id", up(10)), D("app-id", up(10)), S("algolia", "admin-key"), S("linear", "api-key"))


@template("dotfiles/.config/fish/conf.d/secrets.fish", "fish-set-gx", "shell-dotfile")
def _(S, G, B, D):
    return """set -gx GROQ_API_KEY %s
set -gx DEEPGRAM_API_KEY %s
set -gx ELEVENLABS_API_KEY %s
set -gx NGROK_AUTHTOKEN %s
set -gx FIGMA_TOKEN %s
set -gx EDITOR nvim
set -gx GPG_TTY (tty)
set -gx KEY_FINGERPRINT %s
""" % (S("groq", "api-key"), S("deepgram", "api-key"), S("elevenlabs", "api-key"), S("ngrok", "authtoken"), S("figma", "pat"),
       D("gpg-fingerprint", F.H(40)))


@template("dotfiles/.docker/config.json", "json-docker-auth", "shell-dotfile")
def _(S, G, B, D):
    return """{
  "auths": {
    "https://index.docker.io/v1/": { "auth": "%s" },
    "ghcr.io": { "auth": "%s" },
    "registry.acme.example": {}
  },
  "credsStore": "desktop",
  "currentContext": "colima"
}
""" % (B("docker", "pat", F.P["docker"][1][0][2](), pair="acmebuild"), B("github", "classic-pat", F.gh("ghp_"), pair="acme-dev"))


@template("shop-prestashop/config/settings.inc.php", "php-define", "prestashop-parameters")
def _(S, G, B, D):
    return """<?php
// PrestaShop 1.6 settings, kept for the migration
define('_DB_SERVER_', 'localhost');
define('_DB_NAME_', 'presta16');
define('_DB_USER_', 'presta');
define('_DB_PASSWD_', '%s');
define('_DB_PREFIX_', 'ps_');
define('_COOKIE_KEY_', '%s');
define('_COOKIE_IV_', '%s');
define('_PS_CREATION_DATE_', '2016-02-11');
define('_PS_VERSION_', '1.6.1.24');
define('_RIJNDAEL_KEY_', '%s');
define('_RIJNDAEL_IV_', '%s');
""" % (G("database-password", pw(14)), G("cookie-key", a(56)), G("cookie-iv", a(8)), G("rijndael-key", a(32)), G("rijndael-iv", b64(16)))


@template("nf-variant-calling/conf/azure.config", "groovy-config-block", "nextflow-config")
def _(S, G, B, D):
    return """azure {
    storage {
        accountName = 'acmegenomics'
        accountKey = '%s'
    }
    batch {
        location = 'westeurope'
        accountName = 'acmebatch'
        accountKey = '%s'
        autoPoolMode = true
    }
    activeDirectory {
        servicePrincipalId = '%s'
        servicePrincipalSecret = '%s'
        tenantId = '%s'
    }
}
""" % (S("azure", "storage-key"), S("azure", "storage-key"), D("client-id", uuid()), S("azure", "client-secret"), D("tenant-id", uuid()))


@template("legacy-cf/config/settings.cfm", "cfml-cfset", "coldfusion-application")
def _(S, G, B, D):
    return """<cfset application.mailgunKey = "%s">
<cfset application.twilioSid = "%s">
<cfset application.twilioToken = "%s">
<cfset application.encryptionKey = "%s">
<cfset application.version = "%s">
""" % (S("mailgun", "private-key"), D("account-sid", "AC" + h(32)), S("twilio", "auth-token"), G("cf-encryption-key", b64(16)), D("sha1", h(40)))



# ---------------------------------------------------------------- sample files, lockfiles and metadata: mostly near-misses

@template("shop-shopware/.env.dist", "dotenv", "shopware-env")
def _(S, G, B, D):
    return """APP_ENV=dev
APP_SECRET=%s
INSTANCE_ID=
DATABASE_URL=%s
MAILER_DSN=%s
PAYPAL_CLIENT_SECRET=%s
MOLLIE_LIVE_API_KEY=%s
SHOPWARE_ADMIN_PASSWORD=%s
CLOUDFLARE_API_TOKEN=%s
""" % (D("placeholder", "def00000ChangeMe"), D("placeholder", "mysql://root:root@localhost:3306/shopware"),
       D("placeholder", "null://null"), D("placeholder", "<paypal-client-secret>"), D("placeholder", "live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"),
       D("docs-default", "shopware"), S("cloudflare", "api-token"))


@template("r-analytics/renv.lock", "json-lockfile", "r-renviron")
def _(S, G, B, D):
    return """{
  "R": { "Version": "4.4.2", "Repositories": [ { "Name": "CRAN", "URL": "https://packagemanager.posit.co/cran/latest" } ] },
  "Packages": {
    "httr2": { "Package": "httr2", "Version": "1.0.6", "Source": "Repository", "Repository": "CRAN", "Hash": "%s" },
    "shiny": { "Package": "shiny", "Version": "1.9.1", "Source": "Repository", "Repository": "CRAN", "Hash": "%s" },
    "acmeR": { "Package": "acmeR", "Version": "0.3.0", "Source": "GitHub", "RemoteType": "github", "RemoteUsername": "acme", "RemoteRepo": "acmeR", "RemoteSha": "%s", "Hash": "%s" },
    "gargle": { "Package": "gargle", "Version": "1.5.2", "Source": "Repository", "Hash": "%s" }
  }
}
""" % (D("md5", h(32)), D("md5", h(32)), D("git-sha", h(40)), D("md5", h(32)), D("md5", h(32)))


@template("julia-sim/Artifacts.toml", "toml", "julia-project")
def _(S, G, B, D):
    return """[[weather_data]]
arch = "x86_64"
git-tree-sha1 = "%s"
os = "linux"

    [[weather_data.download]]
    sha256 = "%s"
    url = "https://github.com/acme/AcmeSim.jl/releases/download/v0.4.2/weather.tar.gz"

[mesh]
git-tree-sha1 = "%s"
lazy = true

    [[mesh.download]]
    sha256 = "%s"
    url = "https://data.acme.example/mesh-v3.tar.gz"
""" % (D("sha1", h(40)), D("sha256", h(64)), D("sha1", h(40)), D("sha256", h(64)))


@template("public-api/examples/auth-examples.yaml", "yaml-openapi-example", "openapi-spec")
def _(S, G, B, D):
    return """components:
  examples:
    ApiKeyHeader:
      summary: API key header
      value: %s
    BearerToken:
      summary: A bearer token (truncated)
      value: %s
    WebhookSecret:
      value: %s
    ClientCredentials:
      value:
        client_id: %s
        client_secret: %s
        grant_type: client_credentials
    ErrorBody:
      value:
        request_id: %s
        trace: %s
    PagerDutyRouting:
      value:
        routing_key: %s
""" % (D("placeholder", "ak_live_0123456789abcdef0123456789abcdef"), D("truncated", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9..."),
       D("placeholder", "whsec_..."), D("client-id", a(20)), D("placeholder", "<client-secret>"), D("uuid", uuid()), D("md5", h(32)),
       S("pagerduty", "api-key", value=h(32)))


@template("legacy-php/phpmyadmin/config.sample.inc.php", "php-array-assign", "php-config-inc")
def _(S, G, B, D):
    return """<?php
/**
 * phpMyAdmin sample configuration, you can use it as base for
 * manual configuration. For easier setup you can use setup/
 */
$cfg['blowfish_secret'] = '%s'; /* YOU MUST FILL IN THIS FOR COOKIE AUTH! */
$i = 0;
$i++;
$cfg['Servers'][$i]['auth_type'] = 'cookie';
$cfg['Servers'][$i]['host'] = 'localhost';
// $cfg['Servers'][$i]['controlpass'] = '%s';
// $cfg['Servers'][$i]['password'] = '%s';
$cfg['Servers'][$i]['AllowNoPassword'] = false;
""" % ("", D("placeholder", "pmapass"), D("placeholder", "your_password"))


@template("play-storefront/conf/application.conf.template", "hocon", "play-application-conf")
def _(S, G, B, D):
    return """play.http.secret.key = ${?APPLICATION_SECRET}
slick.dbs.default.db.password = ${?DB_PASSWORD}
algolia.adminKey = ${ALGOLIA_ADMIN_KEY}
play.mailer.password = "%s"
silhouette.authenticator.signer.key = "%s"
contentful.deliveryToken = "%s"
""" % (D("placeholder", "<sendgrid api key>"), D("placeholder", "changeme"), D("placeholder", "CONTENTFUL_DELIVERY_TOKEN"))


@template("winforms-inventory/InventoryClient/packages.lock.json", "json-lockfile", "dotnet-app-config")
def _(S, G, B, D):
    return """{
  "version": 1,
  "dependencies": {
    "net8.0-windows7.0": {
      "Stripe.net": { "type": "Direct", "requested": "[47.1.0, )", "resolved": "47.1.0", "contentHash": "%s" },
      "SendGrid": { "type": "Direct", "requested": "[9.29.3, )", "resolved": "9.29.3", "contentHash": "%s" },
      "Twilio": { "type": "Direct", "requested": "[7.6.0, )", "resolved": "7.6.0", "contentHash": "%s" },
      "Newtonsoft.Json": { "type": "Transitive", "resolved": "13.0.3", "contentHash": "%s" }
    }
  }
}
""" % (D("sha512-base64", b64(64)), D("sha512-base64", b64(64)), D("sha512-base64", b64(64)), D("sha512-base64", b64(64)))


@template("churn-model/data/features.parquet.dvc", "yaml-parent", "dvc-config")
def _(S, G, B, D):
    return """outs:
- md5: %s
  size: 48213377
  hash: md5
  path: features.parquet
- md5: %s.dir
  size: 912330112
  nfiles: 128
  hash: md5
  path: raw
""" % (D("md5", h(32)), D("md5", h(32)))


@template("churn-model/models/churn-xgb/MLmodel", "yaml-parent", "mlflow-tracking")
def _(S, G, B, D):
    return """artifact_path: model
flavors:
  python_function:
    env:
      conda: conda.yaml
      virtualenv: python_env.yaml
    loader_module: mlflow.xgboost
  xgboost:
    code: null
    data: model.xgb
    xgb_version: 2.1.1
mlflow_version: 2.18.0
model_size_bytes: 1882112
model_uuid: %s
run_id: %s
utc_time_created: '2026-11-18 09:41:07.330112'
databricks_runtime: 15.4.x-cpu-ml-scala2.12
""" % (D("uuid", h(32)), D("run-id", h(32)))


@template("rnaseq-pipeline/envs/star.lock.txt", "conda-explicit", "snakemake-config")
def _(S, G, B, D):
    return """# This file may be used to create an environment using:
# $ conda create --name <env> --file <this file>
# platform: linux-64
@EXPLICIT
https://conda.anaconda.org/bioconda/linux-64/star-2.7.11b-h43eeafb_2.conda#%s
https://conda.anaconda.org/conda-forge/linux-64/zlib-1.3.1-hb9d3cd8_2.conda#%s
https://conda.anaconda.org/conda-forge/linux-64/libgcc-14.2.0-h77fa898_1.conda#%s
https://conda.anaconda.org/conda-forge/linux-64/python-3.12.7-hc5c86c4_0_cpython.conda#%s
""" % (D("md5", h(32)), D("md5", h(32)), D("md5", h(32)), D("md5", h(32)))


@template("hpc-jobs/README.md", "markdown-fenced", "slurm-script")
def _(S, G, B, D):
    return """# Cluster jobs

Put your keys in `~/.config/lab/env` (chmod 600), never in the job script:

```bash
export WANDB_API_KEY=<your key from https://wandb.ai/authorize>
export HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
```

Job 4412873 failed with `401` because the key was `%s` (expired, the old
lab key); ask in #hpc for the new one. The run id was `%s`, checksum of the
output `%s`.

Notifications go to Teams through this webhook (rotate it if this file leaks):
%s
""" % (D("truncated", "a1b2c3d4..."), D("run-id", lo(8)), D("sha256", h(64)), S("microsoftteams", "webhook"))


@template("web-app/e2e/.auth/anonymous.json", "json-storage-state", "playwright-storage-state")
def _(S, G, B, D):
    return """{
  "cookies": [
    { "name": "csrftoken", "value": "%s", "domain": "staging.acme.example", "path": "/", "expires": -1, "httpOnly": false, "secure": true, "sameSite": "Lax" },
    { "name": "ajs_anonymous_id", "value": "%s", "domain": ".acme.example", "path": "/", "expires": 1798622400, "httpOnly": false, "secure": false, "sameSite": "Lax" }
  ],
  "origins": [
    { "origin": "https://staging.acme.example", "localStorage": [ { "name": "posthog_distinct_id", "value": "%s" }, { "name": "cart", "value": "[]" } ] }
  ]
}
""" % (D("csrf-token", a(64)), D("uuid", uuid()), D("uuid", uuid()))


@template("rails-shop/spec/cassettes/mailchimp/subscribe_filtered.yml", "vcr-cassette", "vcr-cassette")
def _(S, G, B, D):
    return """---
http_interactions:
- request:
    method: post
    uri: https://us21.api.mailchimp.com/3.0/lists/%s/members
    headers:
      Authorization:
      - Basic <MAILCHIMP_BASIC>
      X-Trace:
      - %s
  response:
    status:
      code: 200
    body:
      string: '{"id":"%s","email_address":"buyer@example.com","unique_email_id":"%s","web_id":%s}'
recorded_with: VCR 6.3.1
""" % (D("list-id", h(10)), D("uuid", uuid()), D("md5", h(32)), D("unique-id", h(10)), D("web-id", d(9)))


@template("dotfiles/.m2/settings-security.xml", "xml-element-text", "maven-settings")
def _(S, G, B, D):
    return """<settingsSecurity>
  <master>%s</master>
</settingsSecurity>
""" % D("maven-encrypted", "{" + b64(48) + "}")


@template("dotfiles/.kube/config.example", "yaml-kubeconfig", "kubeconfig")
def _(S, G, B, D):
    return """apiVersion: v1
kind: Config
users:
- name: me
  user:
    token: %s
    client-key-data: %s
clusters:
- name: dev
  cluster:
    server: https://127.0.0.1:6443
    insecure-skip-tls-verify: true
# kubeadm join 10.0.0.10:6443 --token %s --discovery-token-ca-cert-hash sha256:%s
""" % (D("placeholder", "<paste token here>"), D("placeholder", "REDACTED"), S("kubernetes", "bootstrap-token"), D("sha256", h(64)))


@template("legacy-intranet/cgi-bin/lib/Config.pm.dist", "perl-our-scalar", "perl-cgi")
def _(S, G, B, D):
    return """package Intranet::Config;
our $DB_PASS = '%s';
our %%PAYPAL = ( username => '%s', password => '%s', signature => '%s' );
our $SESSION_SECRET = '%s';
1;
""" % (D("placeholder", "CHANGE_ME"), D("placeholder", "your_api_username"), D("placeholder", "your_api_password"),
       D("placeholder", "your_api_signature"), D("placeholder", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"))


@template("ops/dsc/WebServerConfig.mof", "mof-instance", "powershell-dsc")
def _(S, G, B, D):
    return """/*
@TargetNode='web01'
@GeneratedBy=ops-admin
@GenerationHost=BUILD01
*/
instance of MSFT_Credential as $MSFT_Credential1ref
{
Password = "-----BEGIN CMS-----\\n%s\\n-----END CMS-----";
 UserName = "ACME\\\\svc-web";
};
instance of OMI_ConfigurationDocument
{
 Version="2.0.0";
 MinimumCompatibleVersion = "1.0.0";
 Author="ops-admin";
 GenerationDate="11/20/2026 08:14:31";
 ContentType="PasswordEncrypted";
 Name="WebServerConfig";
 CertificateThumbprint="%s";
};
""" % (D("encrypted-cms", b64(180)), D("cert-thumbprint", H40()))


@template("deploy/autounattend/unattend.template.xml", "xml-unattend-plaintext", "windows-unattend")
def _(S, G, B, D):
    return """<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup">
      <UserAccounts>
        <AdministratorPassword>
          <Value>%s</Value>
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <ProductKey>%s</ProductKey>
      <RegisteredOrganization>Acme</RegisteredOrganization>
    </component>
  </settings>
</unattend>
""" % (D("placeholder", "{{ admin_password }}"), D("placeholder", "XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"))


@template("public-api/requests/http-client.env.json.example", "json-nested", "jetbrains-http-client-env")
def _(S, G, B, D):
    return """{
  "dev": { "token": "%s", "password": "%s" },
  "prod": { "token": "%s", "vercel_token": "%s", "netlify_token": "%s" }
}
""" % (D("placeholder", "<dev token>"), D("placeholder", "********"), D("reference", "{{$processEnv PROD_TOKEN}}"),
       S("vercel", "token"), S("netlify", "pat"))


@template("docs-site/static/js/search.min.js", "minified-js", "docusaurus-config")
def _(S, G, B, D):
    return """!function(){"use strict";var e={appId:"%s",apiKey:"%s",indexName:"acme-docs"},t="%s",n=function(e){return e.replace(/[A-Za-z0-9_]{32}/g,"")};window.__search=[e,t,n],window.__sri="sha384-%s"}();
""" % (D("app-id", up(10)), D("search-only-key", h(32)), D("identifier", F.bu(40)), D("sha384-base64", b64(48)))


@template("api-server/tests/fixtures/tokens.py", "py-constant", "pytest-fixtures")
def _(S, G, B, D):
    return """# Tokens for unit tests: shaped like the real ones, none of them valid.
FAKE_GITHUB_TOKEN = "%s"
FAKE_STRIPE_KEY = "%s"
FAKE_SLACK_TOKEN = "%s"
EXPIRED_JWT = "%s"
DOPPLER_TOKEN = "%s"
PULUMI_ACCESS_TOKEN = "%s"
""" % (D("placeholder", "ghp_" + "0" * 36), D("placeholder", "sk_test_" + "x" * 24), D("placeholder", "xoxb-000000000000-0000000000000-" + "X" * 24),
       D("placeholder", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.signature"), S("doppler", "service-token"), S("pulumi", "access-token"))


@template("dotfiles/.config/gh/hosts.yml.bak", "yaml-parent", "gh-hosts")
def _(S, G, B, D):
    return """github.com:
    user: acme-dev
    git_protocol: https
    oauth_token: %s
github.acme-corp.example:
    user: jdoe
    oauth_token: %s
""" % (D("masked", "gho_************************************"), D("reference", "${GH_ENTERPRISE_TOKEN}"))


@template("nf-variant-calling/modules/nf-core/gatk4/haplotypecaller/meta.yml", "yaml-parent", "nextflow-config")
def _(S, G, B, D):
    return """name: gatk4_haplotypecaller
tools:
  - gatk4:
      homepage: https://gatk.broadinstitute.org/
      doi: 10.1158/1538-7445.AM2017-3590
      identifier: biotools:gatk
input:
  - meta:
      type: map
      description: Groovy Map containing sample information
output:
  - versions:
      pattern: versions.yml
# modules.json entry: git_sha %s, installed_by: modules
# container digest: sha256:%s
# singularity image md5: %s
""" % (D("git-sha", h(40)), D("sha256", h(64)), D("md5", h(32)))


WP_KEYS = ["AUTH_KEY", "SECURE_AUTH_KEY", "LOGGED_IN_KEY", "NONCE_KEY", "AUTH_SALT", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT"]


@template("shop-woocommerce/wp-config.php", "php-define", "woocommerce-settings")
def _(S, G, B, D):
    keys = "\n".join("define( '%s', %s'%s' );" % (k, " " * (17 - len(k)), S("wordpress", "auth-key", value=F.EXTRA["wordpress"]["auth-key"]().replace("'", "").replace("\\", ""))) for k in WP_KEYS)
    return """<?php
define( 'DB_NAME', 'shop' );
define( 'DB_USER', 'shop' );
define( 'DB_PASSWORD', '%s' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

%s

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
define( 'WC_GZD_LICENSE', '%s' );
""" % (G("database-password", pw(16)), keys, D("uuid", uuid()))


@template("shop-woocommerce/wp-config-sample.php", "php-define", "woocommerce-settings")
def _(S, G, B, D):
    keys = "\n".join("define( '%s', %s'%s' );" % (k, " " * (17 - len(k)), D("placeholder", "put your unique phrase here")) for k in WP_KEYS)
    return """<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', '%s' );
define( 'DB_HOST', 'localhost' );

%s
""" % (D("placeholder", "password_here"), keys)


@template("shop-sylius/composer.lock", "json-lockfile", "sylius-config")
def _(S, G, B, D):
    return """{
    "_readme": ["This file locks the dependencies of your project to a known state"],
    "content-hash": "%s",
    "packages": [
        {
            "name": "sylius/sylius",
            "version": "v1.14.1",
            "source": { "type": "git", "url": "https://github.com/Sylius/Sylius.git", "reference": "%s" },
            "dist": { "type": "zip", "url": "https://api.github.com/repos/Sylius/Sylius/zipball/%s", "reference": "%s", "shasum": "" }
        },
        {
            "name": "payum/stripe",
            "version": "1.7.3",
            "dist": { "type": "zip", "url": "https://api.github.com/repos/Payum/Stripe/zipball/%s", "shasum": "" }
        }
    ]
}
""" % (D("md5", h(32)), D("git-sha", h(40)), D("git-sha", h(40)), D("git-sha", h(40)), D("git-sha", h(40)))


@template("r-analytics/dashboard/manifest.json", "json-lockfile", "r-rsconnect")
def _(S, G, B, D):
    return """{
  "version": 1,
  "locale": "en_US",
  "platform": "4.4.2",
  "metadata": { "appmode": "shiny", "primary_rmd": null, "primary_html": null, "content_category": null },
  "files": {
    "app.R": { "checksum": "%s" },
    "config.yml": { "checksum": "%s" },
    "R/secrets.R": { "checksum": "%s" },
    "www/logo.png": { "checksum": "%s" }
  },
  "users": null,
  "guid": "%s"
}
""" % (D("md5", h(32)), D("md5", h(32)), D("md5", h(32)), D("md5", h(32)), D("uuid", uuid()))


@template("it/remote/build-agent.rdp", "rdp-file", "windows-rdp")
def _(S, G, B, D):
    return """full address:s:build01.acme.example
username:s:.\\builder
password 51:b:%s
kdcproxyname:s:
alternate shell:s:
shell working directory:s:
gatewaycredentialssource:i:4
session bpp:i:32
loadbalanceinfo:s:tsv://MS Terminal Services Plugin.1.%s
""" % (D("dpapi-blob", "01000000D08C9DDF0115D1118C7A00C04FC297EB01000000" + F.H(280)), D("uuid", uuid()))


@template("dotfiles/.pgpass.example", "pgpass-line", "pgpass")
def _(S, G, B, D):
    return """# copy to ~/.pgpass and chmod 600
localhost:5432:*:postgres:%s
db.acme.internal:5432:orders:app_rw:%s
*:*:*:replicator:%s
""" % (D("placeholder", "postgres"), D("placeholder", "CHANGE_ME"), D("reference", "${REPLICATION_PASSWORD}"))



def build(Doc, gen):
    docs = []
    for path, shape, kind, fn in TEMPLATES:
        doc = Doc("repos/" + path, "repos", shape)

        def S(provider, fmt, value=None, doc=doc):
            return doc.secret(provider, fmt, gen(provider, fmt) if value is None else value)

        def G(fmt, value, doc=doc):
            return doc.secret("generic", fmt, value)

        def B(provider, fmt, value, pair=None, enc_value=None, doc=doc):
            if enc_value is not None:  # encoded some other way than base64(value)
                return doc.pos(provider, fmt, value, shown=enc_value, encoded="base64-utf16le", encoded_value=enc_value)
            return doc.b64(provider, fmt, value, pair=pair)

        def D(kind_, value, doc=doc):
            return doc.dec(doc.path.split("/")[1], kind_, value)

        docs.append((doc, fn(S, G, B, D)))
    return docs


def kinds():
    return sorted({k for _, _, k, _ in TEMPLATES})
