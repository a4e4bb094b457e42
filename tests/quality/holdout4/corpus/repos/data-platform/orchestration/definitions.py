from dagster import Definitions, EnvVar
from dagster_snowflake import SnowflakeResource
from dagster_dbt import DbtCliResource
from dagster_slack import SlackResource

defs = Definitions(
    resources={
        "snowflake": SnowflakeResource(account="JA75CQT-H3WKGCG", user="DAGSTER", password=EnvVar("SNOWFLAKE_PASSWORD")),
        "slack": SlackResource(token="xoxb-317670633031-5271743258537-RExOVQku9FhKhRx5sRU71Afe"),
        "dbt": DbtCliResource(project_dir="dbt"),
        "fivetran_api_secret": "8OtQIBsnLDVgsz6vbaIHWoZ9Uk2cWzaP",
        "openai": {"api_key": "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"},
    },
)
