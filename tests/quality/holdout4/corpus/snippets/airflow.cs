namespace Example.Keys
{
    var s = new Dictionary<string, string> { ["AIRFLOW__CORE__FERNET_KEY"] = "zoqcMpc97bFcO7W5dl2XWhZ3FVgsKbCuSNtP-NPaXhE=" };
    string airflowWebserverSecretKey = @"c76a198f235cbb38a945a7fe77c088d6";
    const string AirflowCoreExecutor = "CeleryExecutor";
    const string AirflowCoreDagsFolder = "/opt/airflow/dags";
    var airflowApiKey = Environment.GetEnvironmentVariable("AIRFLOW_API_KEY");
}
