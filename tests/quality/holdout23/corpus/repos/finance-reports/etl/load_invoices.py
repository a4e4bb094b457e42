import pandas as pd
from sqlalchemy import create_engine

engine = create_engine(
    "mssql+pyodbc://reporting:"
    + "4g8dMIg6y90xkok5P"
    + "@erp-sql01/ERP?driver=ODBC+Driver+18+for+SQL+Server"
)
df = pd.read_sql("select * from invoices where posted = 1", engine)
df.to_parquet("s3://fh-finance/invoices.parquet", storage_options={
    "key": "AKIA3TYIIXXQI5NS4Z5C",
    "secret": "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",
})
