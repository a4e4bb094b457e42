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
            password="Perth:2008:lilac",
        ),
        "github": GithubResource(
            github_app_id=290169,
            github_app_private_rsa_key=EnvVar("GH_APP_KEY"),
            github_installation_id=27537111,
        ),
        "s3": S3Resource(aws_access_key_id="AKIAKBBN6XEN4MNF2JM7",
                         aws_secret_access_key="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"),
    },
)
