// airflow credentials (fake values)
private static final String AIRFLOW__CORE__FERNET_KEY = "uABBrDSxOOyBymrEqlHXm31qzZcmzTUoRyj9nde9syx=";
private static final String AIRFLOW_CONN_URI = "postgres://etl_user:hnl1ks7RgLdi8RDeWguz@warehouse.internal:5432/dw";
private static final String AIRFLOW_DOCS_DEFAULT_CONN = "postgresql+psycopg2://airflow:airflow@postgres/airflow";
private static final String AIRFLOW__CORE__FERNET_KEY_MASKED = "uABBrD...syx=";
String key = System.getenv("AIRFLOW__CORE__FERNET_KEY");
