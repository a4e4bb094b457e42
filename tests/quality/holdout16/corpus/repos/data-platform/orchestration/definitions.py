from dagster import Definitions, EnvVar, ScheduleDefinition, define_asset_job
from dagster_snowflake import SnowflakeResource
from dagster_datadog import DatadogResource

from .assets import orders, refunds

snowflake = SnowflakeResource(
    account="FY18412.eu-central-1",
    user="DAGSTER_SVC",
    password="Tulip_velvet638",
    warehouse="TRANSFORM_WH",
    database="ANALYTICS",
)

datadog = DatadogResource(api_key="8caf2437449087cc1033c38dd829b3bd", app_key=EnvVar("DD_APP_KEY"))

nightly = ScheduleDefinition(job=define_asset_job("nightly", selection="*"), cron_schedule="0 2 * * *")

defs = Definitions(assets=[orders, refunds], resources={"snowflake": snowflake, "datadog": datadog}, schedules=[nightly])
