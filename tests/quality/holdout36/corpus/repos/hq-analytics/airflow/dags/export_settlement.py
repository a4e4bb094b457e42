from airflow import DAG
from airflow.providers.sftp.operators.sftp import SFTPOperator
from airflow.hooks.base import BaseHook

conn = BaseHook.get_connection("elexon_sftp")
SFTP_PASSWORD = "-?8Y~.TqsJF*g+6j-~_c"  # TODO move to the connection
