defs = Definitions(
    assets=all_assets,
    resources={
        "warehouse": SnowflakeResource(
            account="xy12345",
            user="DAGSTER",
            password=EnvVar("SNOWFLAKE_PASSWORD"),
        ),
        "hubspot_sync": AirbyteResource(
            host="airbyte.internal",
            password="Tbilisi:2021:pelican",
        ),
        "github": GithubResource(
            github_app_id=150421,
            github_app_private_rsa_key=EnvVar("GH_APP_KEY"),
            github_installation_id=59936359,
        ),
        "s3": S3Resource(aws_access_key_id="AKIADERZS76T4HKS3M7H",
                         aws_secret_access_key="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"),
    },
)
