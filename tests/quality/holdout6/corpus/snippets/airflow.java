package com.acme.integration;

public class AirflowConfig {
    static final String[] KEYS = { "RiRwFGpGMF9GeNCeGr9D7G0SD6Y3IdyV0-KsGX_udIY=" };
    @Value("${airflow..webserver..secret.key:c242718502a26377db7460d4e6640a14}") private String airflowWebserverSecretKey;
    private static final String AIRFLOW_VAR_REF = "{{ var.value.api_key }}";
    private static final String AIRFLOW_DAG_ID = "etl_lcytes_daily";
    private final String airflowToken = System.getenv("AIRFLOW_TOKEN");
}
